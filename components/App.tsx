import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ContentBundle, Service } from '../utils/content/content-schema';
import type { SearchOptions, SearchResults } from '../utils/search/run-search';
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
import { LocalStrip } from './LocalStrip';
import { resultsNeed } from '../utils/search/results-need';
import { StaffResources } from './StaffResources';
import { SearchBox } from './SearchBox';
import { TopicList } from './TopicList';
import { useAnnouncement } from './use-announcement';
import { useResultKeys } from './use-result-keys';
import { SiteHeader } from './SiteHeader';
import { HandoverActions } from './HandoverActions';
import { SlipChip, SlipPicker } from './SlipPicker';
import { useSlipSelection } from './use-slip-selection';
import { useSidebarNavigation } from './use-sidebar-navigation';
import { useSidebarKeys } from './use-sidebar-keys';
import { useSidebarActions } from './use-sidebar-actions';
import { useResultSummary } from './use-result-summary';
import { TopicBar } from './TopicBar';
import { KeyboardHelp } from './KeyboardHelp';
import { TextSizeControl } from './TextSizeControl';
import type { TextSize } from '../utils/settings/setting-definitions';
import { translationsFor } from '../utils/content/translations';
import { urgentLocalSteps } from '../utils/urgent/urgent-local-steps';

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
  /** The sidebar's text size in per cent, as remembered or set by policy. */
  textSize?: TextSize;
  textSizeLocked?: boolean;
  onTextSizeChange?: (size: TextSize) => void;
  /** Typed before the sidebar's code had loaded (into its first frame): searched at once. */
  initialQuery?: string;
}

const refuse = () => Promise.reject(new Error('Contact logging is off.'));

export function App({
  content,
  search,
  initialBorough,
  boroughLocked = false,
  onBoroughChange,
  copy,
  status,
  onLog,
  onUndoLog,
  refinements,
  onRefineLog,
  textSize: initialTextSize = 100,
  textSizeLocked = false,
  onTextSizeChange,
  initialQuery = '',
}: AppProps) {
  const [chosenTextSize, setTextSize] = useState(initialTextSize);
  const textSize = textSizeLocked ? initialTextSize : chosenTextSize;
  const topics = useMemo(() => new Map(content.topics.map((t) => [t.id, t])), [content]);
  const messages = useMemo(() => new Map(content.messages.map((m) => [m.id, m])), [content]);
  const services = useMemo(() => new Map(content.services.map((s) => [s.id, s])), [content]);
  const messageCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const m of content.messages) counts[m.topic] = (counts[m.topic] ?? 0) + 1;
    return counts;
  }, [content]);

  // A remembered borough that the content no longer lists falls back to all of London.
  const known = (id: string | null) => (id && content.areas.some((a) => a.id === id) ? id : null);
  const [chosenBorough, setBorough] = useState(() => known(initialBorough));
  // A borough set by policy wins, even one that arrives after the sidebar opened.
  const borough = boroughLocked ? known(initialBorough) : chosenBorough;
  const boroughArea = content.areas.find((a) => a.id === borough) ?? null;
  const changeBorough = (b: string | null) => {
    setBorough(b);
    onBoroughChange(b);
  };

  const nav = useSidebarNavigation(messages, initialQuery);
  const { query, topicId, openMessage } = nav;
  const onSearchKeyDown = useSidebarKeys(nav);
  const [announcement, announce] = useAnnouncement();
  const actions = useSidebarActions({ content, borough, openMessage, copy, announce });
  const slip = useSlipSelection();

  const results = useMemo(() => search(query, { borough, topic: topicId ?? undefined }), [search, query, borough, topicId]);
  const browsing = results.query.length < 2 && !topicId;
  const summary = useResultSummary(results, browsing);

  const onResultKeyDown = useResultKeys({
    focusSearch: nav.focusSearch,
    activate: (kind, id) => {
      const m = kind === 'message' ? messages.get(id) : undefined;
      const s = kind === 'service' ? services.get(id) : undefined;
      if (m) nav.open(m);
      if (s) actions.onCopyService(s, 'link');
    },
    copy: (kind, id, variant) => {
      const m = kind === 'message' ? messages.get(id) : undefined;
      const s = kind === 'service' ? services.get(id) : undefined;
      if (m) actions.onCopyMessage(m, openMessage ? 'message' : `result:${m.id}`);
      if (s) actions.onCopyService(s, variant === 'details' ? 'details' : 'link');
    },
  });

  const topic = topicId ? topics.get(topicId) : undefined;
  const resourcesFor = (t: string) => content.resources.filter((r) => r.topics.includes(t));
  const topicRoutes = topic && !openMessage ? localRoutesForTopic(content, topic.id, borough) : undefined;
  // A new search, topic or borough starts clean: no confirmation or log offer from before.
  useEffect(() => actions.reset(), [query, topicId, borough]);
  const logSlot = (place: string) =>
    actions.place === place && (
      <LogBar
        key={place}
        notice={actions.notice}
        offer={onLog ? actions.logOffer : null}
        request={onLog ? actions.logRequest : null}
        onLog={onLog ?? refuse}
        onUndo={onUndoLog ?? refuse}
        onLogged={actions.logUsed}
        onDismiss={actions.reset}
        refinements={refinements}
        onRefine={onRefineLog}
      />
    );
  // The need the search is about, in the borough chosen (or named in the query): its local services lead.
  const searched = results.query.length >= 2;
  const stripArea = content.areas.find((a) => a.id === (results.boroughs[0] ?? borough)) ?? null;
  const need = searched && stripArea ? resultsNeed(results, topicId) : undefined;
  const needRoutes = need && stripArea ? localRoutesForTopic(content, need, stripArea.id) : undefined;
  // The urgent card's step for the borough's own crisis route (a child at risk: its children's services).
  const urgentLocal = results.urgent ? urgentLocalSteps(content, results.urgent.route, stripArea?.id) : [];
  const slipChosen = {
    services: slip.ids.map((id) => services.get(id)).filter((s): s is Service => s !== undefined),
    message: openMessage,
    withSay: slip.withSay,
  };
  const serviceActions = (service: Service) => (
    <>
      <HandoverActions service={service} copy={copy} onHandover={actions.onHandover} slip={slip.choiceFor(service)} />
      {logSlot(`card:${service.id}`)}
    </>
  );

  return (
    // data-view: which view is drawn; "start" is kept as the page's first frame (utils/pages/first-frame-keep.ts).
    <div class="app" data-view={openMessage ? 'message' : browsing ? 'start' : 'results'}>
      <SiteHeader compact>
        <TextSizeControl
          value={textSize}
          locked={textSizeLocked}
          onChange={(size) => {
            setTextSize(size);
            onTextSizeChange?.(size);
          }}
        />
      </SiteHeader>
      {status}
      <main class="main" onKeyDown={onResultKeyDown}>
        <SlipChip {...slipChosen} />
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
            onBack={nav.closeMessage}
            onCopyMessage={actions.onCopyMessage}
            onCopyService={actions.onCopyService}
            onLogConversation={
              onLog
                ? (m) =>
                    actions.requestLog({
                      topics: [m.topic],
                      services: [],
                      label: `this conversation (${topics.get(m.topic)?.title ?? m.topic})`,
                    })
                : undefined
            }
            serviceActions={serviceActions}
            logSlot={logSlot}
            translations={translationsFor(content, openMessage, borough)}
            onCopyTranslation={actions.onCopyTranslation(openMessage)}
          />
        ) : (
          <>
            <SearchBox value={query} inputRef={nav.searchRef} onInput={nav.setQuery} onKeyDown={onSearchKeyDown} />
            <BoroughPicker areas={content.areas} value={borough} locked={boroughLocked} onChange={changeBorough} />
            {topic && <TopicBar topic={topic} onAllTopics={() => nav.setTopicId(null)} />}
            {topic && topicRoutes && !query && (
              <LocalServices
                topicTitle={topic.title}
                borough={boroughArea}
                routes={topicRoutes}
                areas={content.areas}
                alreadyShown={new Set(results.services.map((hit) => hit.record.id))}
                onCopy={actions.onCopyService}
                serviceActions={serviceActions}
              />
            )}
            {browsing ? (
              <TopicList topics={content.topics} counts={messageCounts} onOpen={nav.openTopic} />
            ) : (
              <ResultList
                results={results}
                topics={content.topics}
                topicCounts={messageCounts}
                topic={topic}
                borough={boroughArea}
                onOpenTopic={nav.openTopic}
                renderMessage={(m) => (
                  <MessageResult message={m} topic={topics.get(m.topic)} onOpen={nav.open}>
                    {logSlot(`result:${m.id}`)}
                  </MessageResult>
                )}
                messages={messages}
                services={services}
                areas={content.areas}
                onCopyService={actions.onCopyService}
                serviceActions={serviceActions}
                onCopyUrgent={actions.onCopyUrgent}
                urgentLocal={urgentLocal}
                pinned={needRoutes?.local}
                localStrip={
                  need &&
                  needRoutes &&
                  stripArea && (
                    <LocalStrip
                      topicTitle={topics.get(need)?.title ?? need}
                      borough={stripArea}
                      routes={needRoutes}
                      onCopy={(s) => actions.onCopyService(s, 'details', `strip:${s.id}`)}
                      logSlot={logSlot}
                    />
                  )
                }
              />
            )}
            {topic && !query && <StaffResources resources={resourcesFor(topic.id)} headingLevel={3} />}
          </>
        )}
        <SlipPicker {...slipChosen} onClear={slip.clear} onWithSay={slip.setWithSay} />
      </main>
      <footer>
        <KeyboardHelp />
      </footer>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement && <p key={announcement.n}>{announcement.text}</p>}
      </div>
      <div class="visually-hidden" aria-live="polite">
        {summary}
      </div>
    </div>
  );
}
