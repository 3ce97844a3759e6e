import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContentBundle, Message, Service, Topic } from '../utils/content/content-schema';
import type { SearchOptions, SearchResults } from '../utils/search/run-search';
import { copyMessage, copyService, type CopyRequest } from '../utils/copy/copy-formats';
import { inArea } from '../utils/search/in-area';
import { localRoutesForTopic } from '../utils/content/local-coverage';
import type { PageLogResult } from '../utils/contacts/page-actions';
import { BoroughPicker } from './BoroughPicker';
import { LogBar, type LogRequest } from './LogBar';
import type { RefineResult, Refinement } from '../utils/contacts/refine-contact';
import type { RefinementChoices } from '../utils/contacts/refinement-options';
import { MessageResult } from './MessageResult';
import { MessageView } from './MessageView';
import { ResultList } from './ResultList';
import { LocalServices } from './LocalServices';
import { StaffResources } from './StaffResources';
import { SearchBox } from './SearchBox';
import { TopicList } from './TopicList';
import { useAnnouncement } from './use-announcement';
import { useResultKeys } from './use-result-keys';
import { SiteHeader } from './SiteHeader';
import { HandoverActions } from './HandoverActions';
import { SlipPicker } from './SlipPicker';
import { useSlipSelection } from './use-slip-selection';
import { HANDOVER_LABELS, type HandoverMethod } from '../utils/copy/handover';
import { translationsFor } from '../utils/content/translations';

export interface AppProps {
  content: ContentBundle;
  search: (query: string, options: SearchOptions) => SearchResults;
  initialBorough: string | null;
  /** Set by the organisation's policy: shown, not changeable. */
  boroughLocked?: boolean;
  onBoroughChange: (borough: string | null) => void;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copy: (text: string) => Promise<void>;
  /** Optional line under the header (content version, feed status). */
  status?: ComponentChildren;
  /** Absent when the organisation turned contact logging off. */
  onLog?: (request: LogRequest) => Promise<PageLogResult>;
  onUndoLog?: (id: string) => Promise<unknown>;
  /** One-tap refinements after a sidebar log (level, outcome, intention), as policy allows. */
  refinements?: RefinementChoices;
  onRefineLog?: (id: string, refinement: Refinement) => Promise<RefineResult>;
}

export function App({ content, search, initialBorough, boroughLocked = false, onBoroughChange, copy, status, onLog, onUndoLog, refinements, onRefineLog }: AppProps) {
  const [query, setQuery] = useState('');
  const [topicId, setTopicId] = useState<string | null>(null);
  const [openMessageId, setOpenMessageId] = useState<string | null>(null);
  // A remembered borough that the content no longer lists falls back to all of London.
  const known = (id: string | null) => (id && content.areas.some((a) => a.id === id) ? id : null);
  const [chosenBorough, setBorough] = useState(() => known(initialBorough));
  // A borough set by policy wins, even one that arrives after the sidebar opened.
  const borough = boroughLocked ? known(initialBorough) : chosenBorough;
  const [announcement, announce] = useAnnouncement();
  const [summary, setSummary] = useState('');
  const [logOffer, setLogOffer] = useState<LogRequest | null>(null);
  const [logRequest, setLogRequest] = useState<LogRequest | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  const slip = useSlipSelection();

  const topics = useMemo(() => new Map(content.topics.map((t) => [t.id, t])), [content]);
  const messages = useMemo(() => new Map(content.messages.map((m) => [m.id, m])), [content]);
  const services = useMemo(() => new Map(content.services.map((s) => [s.id, s])), [content]);
  const messageCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const m of content.messages) counts[m.topic] = (counts[m.topic] ?? 0) + 1;
    return counts;
  }, [content]);

  const results = useMemo(
    () => search(query, { borough, topic: topicId ?? undefined }),
    [search, query, borough, topicId],
  );
  const browsing = results.query.length < 2 && !topicId;
  const openMessage = openMessageId ? messages.get(openMessageId) : undefined;

  // Focus the search box on open: the first thing anyone does is type.
  useEffect(() => searchRef.current?.focus(), []);

  // Tell screen-reader users how many results there are, once typing pauses.
  useEffect(() => {
    if (browsing) return setSummary('');
    const timer = setTimeout(() => {
      const m = results.messages.length;
      const s = results.services.length + (results.best ? 1 : 0);
      const o = results.others.length;
      const counts = [`${m} message${m === 1 ? '' : 's'}`, `${s} service${s === 1 ? '' : 's'}`];
      if (o > 0) counts.push(`${o} other result${o === 1 ? '' : 's'}`);
      const best = results.best ? `Best match: ${results.best.record.title}. ` : '';
      setSummary(m + s + o === 0 ? 'No results' : `${best}${counts.join(', ')}`);
    }, 500);
    return () => clearTimeout(timer);
  }, [results, browsing]);

  // Coming back from a message view: put focus back on the result that opened it.
  useEffect(() => {
    if (openMessage || !returnFocusTo.current) return;
    document.querySelector<HTMLElement>(`[data-id="${returnFocusTo.current}"]`)?.focus();
    returnFocusTo.current = null;
  }, [openMessage]);

  const doCopy = (request: CopyRequest) => {
    copy(request.text).then(
      () => announce(request.confirmation),
      () => announce('Could not copy. Select the text and press Ctrl+C instead.'),
    );
  };
  const onCopyService = (service: Service, kind: 'link' | 'details') => {
    doCopy(copyService(service, kind));
    // Signposting usually follows a copy: offer to log it in one click.
    const topic = openMessage?.topic ?? service.topics[0];
    setLogOffer({ topics: topic ? [topic] : [], services: [service.id], outcome: 'signposted', handover: 'link-copied', label: `signposting to ${service.name}` });
  };
  // A QR code shown or a text message copied: the same one-click log, with how it was handed over.
  const onHandover = (service: Service, method: HandoverMethod) => {
    const topic = openMessage?.topic ?? service.topics[0];
    const label = `signposting to ${service.name} (${HANDOVER_LABELS[method]})`;
    setLogOffer({ topics: topic ? [topic] : [], services: [service.id], outcome: 'signposted', handover: method, label });
  };
  const serviceActions = (service: Service) => (
    <HandoverActions service={service} copy={copy} onHandover={onHandover} slip={slip.choiceFor(service)} />
  );
  const onCopyTranslation = (message: Message) => (url: string, language: string) => {
    doCopy({ text: url, confirmation: `Link in ${language} copied` });
    const code = translationsFor(content, message, borough).find((g) => g.links.some((l) => l.url === url))?.code;
    const label = `information in ${language} (link copied)`;
    setLogOffer({ topics: [message.topic], services: [], handover: 'link-copied', handoverLanguage: code, label });
  };
  const onCopyMessage = (message: Message) => doCopy(copyMessage(message));
  const open = (message: Message) => {
    returnFocusTo.current = message.id;
    setOpenMessageId(message.id);
  };
  const openTopic = (topic: Topic) => {
    setTopicId(topic.id);
    setQuery('');
    searchRef.current?.focus();
  };
  const changeBorough = (b: string | null) => {
    setBorough(b);
    onBoroughChange(b);
  };
  const backToSearch = () => searchRef.current?.focus();

  const onResultKeyDown = useResultKeys({
    focusSearch: backToSearch,
    activate: (kind, id) => {
      if (kind === 'message') {
        const m = messages.get(id);
        if (m) open(m);
      } else {
        const s = services.get(id);
        if (s) onCopyService(s, 'link');
      }
    },
    copy: (kind, id, variant) => {
      if (kind === 'message') {
        const m = messages.get(id);
        if (m) onCopyMessage(m);
      } else {
        const s = services.get(id);
        if (s) onCopyService(s, variant === 'details' ? 'details' : 'link');
      }
    },
  });

  const onSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      document.querySelector<HTMLElement>('[data-nav]')?.focus();
    } else if (event.key === 'Enter') {
      document.querySelector<HTMLElement>('[data-nav]')?.focus();
    } else if (event.key === 'Escape') {
      if (query) setQuery('');
      else if (topicId) setTopicId(null);
    }
  };

  // Esc in a message view goes back; "/" jumps to the search box from anywhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
      if (event.key === 'Escape' && openMessageId) {
        event.preventDefault();
        setOpenMessageId(null);
      } else if (event.key === '/' && !typing) {
        event.preventDefault();
        if (openMessageId) setOpenMessageId(null);
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openMessageId]);

  const topic = topicId ? topics.get(topicId) : undefined;
  const boroughArea = content.areas.find((a) => a.id === borough) ?? null;
  const resourcesFor = (t: string) => content.resources.filter((r) => r.topics.includes(t));
  const topicRoutes = topic && !openMessage ? localRoutesForTopic(content, topic.id, borough) : undefined;

  return (
    <div class="app">
      <SiteHeader />
      {status}
      <main class="main" onKeyDown={onResultKeyDown}>
        {openMessage ? (
          <MessageView
            message={openMessage}
            topic={topics.get(openMessage.topic)}
            services={openMessage.services
              .map((id) => services.get(id))
              .filter((s): s is Service => s !== undefined && inArea(s.area, borough))}
            areas={content.areas}
            borough={boroughArea}
            localRoutes={localRoutesForTopic(content, openMessage.topic, borough)}
            resources={resourcesFor(openMessage.topic)}
            onBack={() => setOpenMessageId(null)}
            onCopyMessage={onCopyMessage}
            onCopyService={onCopyService}
            onLogConversation={
              onLog
                ? (m) => setLogRequest({ topics: [m.topic], services: [], label: `this conversation (${topics.get(m.topic)?.title ?? m.topic})` })
                : undefined
            }
            serviceActions={serviceActions}
            translations={translationsFor(content, openMessage, borough)}
            onCopyTranslation={onCopyTranslation(openMessage)}
          />
        ) : (
          <>
            <SearchBox value={query} inputRef={searchRef} onInput={setQuery} onKeyDown={onSearchKeyDown} />
            <BoroughPicker areas={content.areas} value={borough} locked={boroughLocked} onChange={changeBorough} />
            {topic && (
              <div class="topic-bar">
                <h2 class="group-heading">{topic.title}</h2>
                <button type="button" class="back-link" onClick={() => setTopicId(null)}>
                  All topics
                </button>
              </div>
            )}
            {topic && topicRoutes && !query && (
              <LocalServices
                topicTitle={topic.title}
                borough={boroughArea}
                routes={topicRoutes}
                areas={content.areas}
                alreadyShown={new Set(results.services.map((hit) => hit.record.id))}
                onCopy={onCopyService}
                serviceActions={serviceActions}
              />
            )}
            {browsing ? (
              <TopicList topics={content.topics} counts={messageCounts} onOpen={openTopic} />
            ) : (
              <ResultList
                results={results}
                topics={content.topics}
                topicCounts={messageCounts}
                topic={topic}
                borough={boroughArea}
                onOpenTopic={openTopic}
                renderMessage={(m) => <MessageResult message={m} topic={topics.get(m.topic)} onOpen={open} />}
                messages={messages}
                services={services}
                areas={content.areas}
                onCopyService={onCopyService}
                serviceActions={serviceActions}
              />
            )}
            {topic && !query && <StaffResources resources={resourcesFor(topic.id)} headingLevel={3} />}
          </>
        )}
        <SlipPicker
          services={slip.ids.map((id) => services.get(id)).filter((s): s is Service => s !== undefined)}
          message={openMessage}
          onClear={slip.clear}
        />
      </main>
      <p id="keyboard-help" class="keyboard-help">
        <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open or copy link · <kbd>C</kbd> copy ·{' '}
        <kbd>D</kbd> copy details · <kbd>Esc</kbd> back
      </p>
      {onLog && onUndoLog && (
        <LogBar
          offer={logOffer}
          request={logRequest}
          onLog={onLog}
          onUndo={onUndoLog}
          refinements={refinements}
          onRefine={onRefineLog}
          onDone={() => {
            setLogOffer(null);
            setLogRequest(null);
          }}
        />
      )}
      <div class="toast" role="status" aria-live="polite">
        {announcement && <p key={announcement.n}>{announcement.text}</p>}
      </div>
      <div class="visually-hidden" aria-live="polite">
        {summary}
      </div>
    </div>
  );
}
