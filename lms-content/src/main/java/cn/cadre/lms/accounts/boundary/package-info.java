/**
 * The way into accounts: sign-in with lock-out, passwords, people within scope, API tokens. Only
 * these classes start transactions for accounts.
 */
package cn.cadre.lms.accounts.boundary;
