/**
 * The ways into credits: the cadre's progress and ledger, administrators' corrections, the year's
 * rules, verification, the review list and its export, the observers that credit study, and the
 * demo history. Each boundary checks who may see which cadre; a cadre outside the caller's scope
 * answers exactly like an unknown one (404).
 */
package cn.cadre.lms.credits.boundary;
