package io.gatehouse.kernel;

/**
 * A CDI event: the authentication mechanism checked a presented credential. Metrics count it and the audit trail
 * tallies refusals; the credential itself never travels, only its kind.
 *
 * @param result   what the check made of it
 * @param kind     the kind of credential, by the caller's credential when accepted, by the token's shape when refused
 * @param resolved whether the credential reached the resolver ({@code false}: refused before, e.g. a forged cookie)
 */
public record CredentialChecked(AuthResult result, TokenKind kind, boolean resolved) {
}
