/** The keys, always on screen: staff mid-shift should not have to look them up. */
export function KeyboardHelp() {
  return (
    <p id="keyboard-help" class="keyboard-help">
      <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open or copy link · <kbd>C</kbd> copy · <kbd>D</kbd> copy details · <kbd>Esc</kbd>{' '}
      back
    </p>
  );
}
