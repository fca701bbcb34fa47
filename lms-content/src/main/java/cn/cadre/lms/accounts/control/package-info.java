/**
 * Sign-in rules that need no server: the password policy, the PBKDF2 settings, the outcome of an
 * attempt. Lock-out itself lives on {@link cn.cadre.lms.directory.entity.Person}.
 */
package cn.cadre.lms.accounts.control;
