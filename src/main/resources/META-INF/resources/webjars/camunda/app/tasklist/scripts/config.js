/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/*
 * PNP Flow: Tasklist configuration.
 *
 * Derived from the config.js bundled in camunda-webapp-webjar 7.24.0; this file
 * replaces it completely. Tasklist 7.24 loads it with a dynamic `import()` of
 * `app/tasklist/scripts/config.js` and uses the module's *default export* as
 * `window.camTasklistConf`, so it must stay an ES module with `export default`.
 */

export default {
  // The header and the browser tab show "<vendor> <name>" (the two are joined
  // with a space), so vendor + name gives "PNP Flow Tasklist". Setting both to
  // "PNP Flow" would show "PNP Flow PNP Flow".
  app: {
    name: 'Tasklist',
    vendor: 'PNP Flow'
  },

  // Moment.js formats. ISO 8601 (YYYY-MM-DD) is the all-numeric date format
  // recommended in Canada and reads the same in English and French. Times use
  // the 24-hour clock. Weekday and month names come from the `dateLocales` part
  // of locales/<lang>.json. Tasklist falls back to its defaults one key at a
  // time, so every key is listed here.
  dateFormat: {
    monthName: 'MMMM', // month name on the date badges of the task History tab
    day: 'DD', // day of the month on the same badges
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm', // default: date variables and changed dates in History
    long: 'dddd YYYY-MM-DD HH:mm', // tooltips on due/follow-up/created dates and history entries
    short: 'YYYY-MM-DD'
  },

  // Files are loaded from app/tasklist/locales/<lang>.json. The language is
  // taken from the browser's first preferred language (fr-CA gives fr);
  // anything else falls back to English.
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },

  // Don't show the first-login "Welcome to ..." notice, which links to the
  // Camunda welcome page.
  disableWelcomeMessage: true,

  // Keep the bundled defaults. This is the same value Tasklist uses when the
  // key is missing, so the file shows it in one place.
  csrfCookieName: 'XSRF-TOKEN',

  // PNP Flow's plugins (paths relative to app/tasklist/, without .js): the "Case
  // file" tab of every task, the file number on every card, "Next file" and the
  // links to the case file and team pages in the header.
  customScripts: ['scripts/pnp-case-file'],

  // Bundled keyboard shortcuts, unchanged. Tasklist shows the descriptions
  // as written (they are not translated).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
