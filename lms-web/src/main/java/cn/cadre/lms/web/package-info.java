/**
 * The web edge: JAX-RS resources and Faces beans that adapt HTTP to one boundary call each,
 * security (sign-in, tokens, the caller's scope), and the one error path to problem+json.
 */
package cn.cadre.lms.web;
