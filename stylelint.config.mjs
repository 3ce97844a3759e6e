/**
 * CSS lint (`npm run lint`): stylelint's standard rules catch what review misses in CSS, such
 * as an invalid property or value, a selector written twice, or a rule that a more specific one
 * earlier in the sheet silently overrides. Rules switched off or changed here say why.
 * @type {import('stylelint').Config}
 */
export default {
  extends: ['stylelint-config-standard'],
  ignoreFiles: ['.output/**', '.wxt/**', 'coverage/**', 'test-results/**'],
  rules: {
    // Blank lines are layout, and Prettier owns layout (`npm run format`); the sheets group a
    // block's rules without blank lines between them.
    'rule-empty-line-before': null,
    'comment-empty-line-before': null,
    'declaration-empty-line-before': null,
    'at-rule-empty-line-before': null,
    // NHS.UK's naming, as the design system's own CSS: BEM in kebab-case (card__title, button--secondary).
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      { message: (selector) => `Expected class "${selector}" to be BEM in kebab-case (block__element--modifier)` },
    ],
  },
  overrides: [
    {
      // The focus style is written once, in base.css (and its forced-colours form beside it):
      // a component sheet that styles :focus again is how copies drifted apart before.
      files: ['components/**/*.css'],
      rules: {
        'selector-pseudo-class-disallowed-list': [
          ['focus', 'focus-visible', 'focus-within'],
          { message: (pseudo) => `Focus styles live in components/base.css only (found ${pseudo})` },
        ],
      },
    },
    { files: ['components/base.css', 'components/forced-colours.css'], rules: { 'selector-pseudo-class-disallowed-list': null } },
  ],
};
