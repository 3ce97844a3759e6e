import type { Ref } from 'preact';

export interface SearchBoxProps {
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function SearchBox({ value, inputRef, onInput, onKeyDown }: SearchBoxProps) {
  return (
    <div class="search" role="search">
      <label for="search-input" class="search__label">
        Search messages and services
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        class="search__input"
        autoComplete="off"
        spellcheck={false}
        placeholder="e.g. booze, fags, skint, lonely"
        aria-describedby="keyboard-help"
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
