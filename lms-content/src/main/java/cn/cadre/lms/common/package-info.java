/**
 * What every component shares: the one expected-failure type ({@link cn.cadre.lms.common.LmsException})
 * whose message keys live in the UI bundles, so REST problems and page messages speak the same words,
 * and the field checks entities of several components share ({@link cn.cadre.lms.common.FieldChecks}).
 */
package cn.cadre.lms.common;
