#include "OpenLdapClient.h"

#include <QElapsedTimer>
#include <QFile>

#include <ldap.h>

#include <vector>

namespace pd {

std::unique_ptr<LdapClient> LdapClient::create()
{
    return std::make_unique<OpenLdapClient>();
}

OpenLdapClient::~OpenLdapClient()
{
    close();
}

void OpenLdapClient::close()
{
    if (m_ld) {
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        m_ld = nullptr;
    }
}

LdapStatus OpenLdapClient::status(int code, LdapStatus::Kind kind) const
{
    LdapStatus s;
    s.kind = kind;
    s.code = code;
    s.detail = QString::fromUtf8(ldap_err2string(code));
    if (m_ld) {
        char *diagnostic = nullptr;
        if (ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_OPT_SUCCESS
            && diagnostic) {
            const QString text = QString::fromUtf8(diagnostic).trimmed();
            if (!text.isEmpty())
                s.detail += QLatin1String(": ") + text;
            ldap_memfree(diagnostic);
        }
    }
    return s;
}

LdapStatus OpenLdapClient::open(const LdapSettings &settings, const QString &password)
{
    close();
    QUrl url = settings.url;
    url.setPath({});
    const QByteArray uri = url.toString(QUrl::FullyEncoded).toUtf8();
    int rc = ldap_initialize(&m_ld, uri.constData());
    if (rc != LDAP_SUCCESS || !m_ld)
        return status(rc, LdapStatus::Kind::Other);

    int version = LDAP_VERSION3;
    ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    // AD answers a search from the domain root with referrals that would need another bind.
    ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval timeout {settings.timeoutSeconds, 0};
    ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &timeout);

    // Certificates are always checked, whatever ldap.conf or LDAPTLS_REQCERT say: set on this
    // handle, then a fresh TLS context so the handle's settings are the ones used.
    int demand = LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(m_ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
    if (!settings.caCertificateFile.isEmpty()) {
        const QByteArray caFile = QFile::encodeName(settings.caCertificateFile);
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, caFile.constData());
    }
    int isServer = 0;
    rc = ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    if (rc != LDAP_OPT_SUCCESS && settings.usesTls())
        return status(rc, LdapStatus::Kind::Tls);

    if (settings.startTls) {
        rc = ldap_start_tls_s(m_ld, nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return status(rc, rc == LDAP_SERVER_DOWN ? LdapStatus::Kind::Unreachable : LdapStatus::Kind::Tls);
    }

    const QByteArray dn = settings.bindDn.trimmed().toUtf8();
    QByteArray secret = password.toUtf8();
    berval credentials {static_cast<ber_len_t>(secret.size()), secret.data()};
    rc = ldap_sasl_bind_s(m_ld, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE, &credentials,
        nullptr, nullptr, nullptr);
    secret.fill('\0');
    switch (rc) {
    case LDAP_SUCCESS:
        return {};
    case LDAP_INVALID_CREDENTIALS:
    case LDAP_INVALID_DN_SYNTAX:
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_UNWILLING_TO_PERFORM:
        return status(rc, LdapStatus::Kind::BadCredentials);
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        return status(rc, LdapStatus::Kind::Unreachable);
    case LDAP_TIMEOUT:
        return status(rc, LdapStatus::Kind::Timeout);
    case LDAP_CONFIDENTIALITY_REQUIRED:
    case LDAP_STRONG_AUTH_REQUIRED:
        return status(rc, LdapStatus::Kind::Tls);
    default:
        return status(rc, LdapStatus::Kind::Other);
    }
}

namespace {

LdapEntry readEntry(LDAP *ld, LDAPMessage *message)
{
    LdapEntry entry;
    if (char *dn = ldap_get_dn(ld, message)) {
        entry.dn = QString::fromUtf8(dn);
        ldap_memfree(dn);
    }
    BerElement *ber = nullptr;
    for (char *name = ldap_first_attribute(ld, message, &ber); name;
         name = ldap_next_attribute(ld, message, ber)) {
        LdapEntry::Attribute attribute {QString::fromUtf8(name), {}};
        if (berval **values = ldap_get_values_len(ld, message, name)) {
            for (berval **v = values; *v; ++v)
                attribute.values.append(QByteArray((*v)->bv_val, static_cast<qsizetype>((*v)->bv_len)));
            ldap_value_free_len(values);
        }
        entry.attributes.append(std::move(attribute));
        ldap_memfree(name);
    }
    if (ber)
        ber_free(ber, 0);
    return entry;
}

LdapStatus::Kind kindOfResult(int code)
{
    switch (code) {
    case LDAP_NO_SUCH_OBJECT:
    case LDAP_INVALID_DN_SYNTAX:
        return LdapStatus::Kind::BadBaseDn;
    case LDAP_FILTER_ERROR:
        return LdapStatus::Kind::BadFilter;
    case LDAP_UNAVAILABLE_CRITICAL_EXTENSION:
        return LdapStatus::Kind::PagingUnsupported;
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        return LdapStatus::Kind::Unreachable;
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        return LdapStatus::Kind::Timeout;
    default:
        return LdapStatus::Kind::Other;
    }
}

} // namespace

LdapStatus OpenLdapClient::search(const LdapSettings &settings, const QStringList &attributes,
    const EntryHandler &onEntry, const CancelToken &cancel)
{
    if (!m_ld)
        return status(LDAP_SERVER_DOWN, LdapStatus::Kind::Unreachable);
    const QByteArray base = settings.baseDn.trimmed().toUtf8();
    const QByteArray filter = settings.effectiveFilter().toUtf8();
    std::vector<QByteArray> names;
    for (const QString &a : attributes)
        names.push_back(a.toUtf8());
    std::vector<char *> attrs;
    for (QByteArray &n : names)
        attrs.push_back(n.data());
    attrs.push_back(nullptr);
    const int scope = settings.scope == LdapSettings::Scope::Base ? LDAP_SCOPE_BASE
        : settings.scope == LdapSettings::Scope::OneLevel         ? LDAP_SCOPE_ONELEVEL
                                                                  : LDAP_SCOPE_SUBTREE;

    QStringList referrals;
    berval cookie {0, nullptr};
    const auto freeCookie = [&cookie] {
        if (cookie.bv_val)
            ber_memfree(cookie.bv_val);
        cookie = {0, nullptr};
    };
    for (;;) {
        LDAPControl *page = nullptr;
        int rc
            = ldap_create_page_control(m_ld, settings.pageSize, cookie.bv_val ? &cookie : nullptr, 1, &page);
        if (rc != LDAP_SUCCESS) {
            freeCookie();
            return status(rc, LdapStatus::Kind::Other);
        }
        LDAPControl *controls[] = {page, nullptr};
        int messageId = 0;
        rc = ldap_search_ext(m_ld, base.constData(), scope, filter.constData(),
            names.empty() ? nullptr : attrs.data(), 0, controls, nullptr, nullptr, LDAP_NO_LIMIT, &messageId);
        ldap_control_free(page);
        if (rc != LDAP_SUCCESS) {
            freeCookie();
            return status(rc, kindOfResult(rc));
        }

        QElapsedTimer quiet;
        quiet.start();
        bool pageDone = false;
        while (!pageDone) {
            if (cancel.isCancelled()) {
                ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
                freeCookie();
                return {LdapStatus::Kind::Cancelled, 0, {}, {}};
            }
            timeval poll {0, 200 * 1000};
            LDAPMessage *message = nullptr;
            rc = ldap_result(m_ld, messageId, LDAP_MSG_ONE, &poll, &message);
            if (rc == 0) {
                if (quiet.elapsed() > qint64(settings.timeoutSeconds) * 1000) {
                    ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
                    freeCookie();
                    return status(LDAP_TIMEOUT, LdapStatus::Kind::Timeout);
                }
                continue;
            }
            if (rc < 0) {
                int code = LDAP_SERVER_DOWN;
                ldap_get_option(m_ld, LDAP_OPT_RESULT_CODE, &code);
                freeCookie();
                return status(code, kindOfResult(code));
            }
            quiet.restart();
            if (rc == LDAP_RES_SEARCH_ENTRY) {
                LdapEntry entry = readEntry(m_ld, message);
                ldap_msgfree(message);
                if (!onEntry(std::move(entry))) {
                    ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
                    freeCookie();
                    return {LdapStatus::Kind::Stopped, 0, {}, {}};
                }
                continue;
            }
            if (rc == LDAP_RES_SEARCH_REFERENCE) { // not followed, but never silently
                char **urls = nullptr;
                if (ldap_parse_reference(m_ld, message, &urls, nullptr, 0) == LDAP_SUCCESS && urls) {
                    for (char **u = urls; *u; ++u)
                        referrals.append(QString::fromUtf8(*u));
                    ldap_memvfree(reinterpret_cast<void **>(urls));
                }
                ldap_msgfree(message);
                continue;
            }
            if (rc != LDAP_RES_SEARCH_RESULT) {
                ldap_msgfree(message);
                continue;
            }
            int result = LDAP_SUCCESS;
            char *matched = nullptr;
            char *text = nullptr;
            LDAPControl **serverControls = nullptr;
            rc = ldap_parse_result(m_ld, message, &result, &matched, &text, nullptr, &serverControls, 1);
            LdapStatus failure;
            if (rc != LDAP_SUCCESS)
                failure = status(rc, kindOfResult(rc));
            else if (result != LDAP_SUCCESS) {
                failure = status(result, kindOfResult(result));
                if (text && *text)
                    failure.detail = QString::fromUtf8(ldap_err2string(result)) + QLatin1String(": ")
                        + QString::fromUtf8(text);
            }
            ldap_memfree(matched);
            ldap_memfree(text);
            freeCookie();
            if (failure.kind == LdapStatus::Kind::Ok && serverControls) {
                if (LDAPControl *response
                    = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr)) {
                    ber_int_t estimate = 0;
                    ldap_parse_pageresponse_control(m_ld, response, &estimate, &cookie);
                }
            }
            if (serverControls)
                ldap_controls_free(serverControls);
            if (failure.kind != LdapStatus::Kind::Ok)
                return failure;
            pageDone = true;
        }
        if (!cookie.bv_val || cookie.bv_len == 0) {
            freeCookie();
            LdapStatus done;
            done.referrals = referrals;
            return done;
        }
    }
}

} // namespace pd
