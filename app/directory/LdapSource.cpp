#include "LdapSource.h"
#include "Translations.h"

#include <QUrl>

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QUuid>
#include <QtEndian>

namespace pd {

namespace {

bool isAdApplicationPartition(const QString &url)
{
    const QString path = QUrl(url).path().toLower();
    return path.contains(QLatin1String("dc=domaindnszones,"))
        || path.contains(QLatin1String("dc=forestdnszones,"))
        || path.contains(QLatin1String("cn=configuration,"));
}

QString tr(const char *text)
{
    return Translations::translate({"pd::LdapSource", "LdapSource"}, text);
}

bool isGuidAttribute(const QString &name)
{
    return name.compare(QLatin1String("objectGUID"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("msExchMailboxGuid"), Qt::CaseInsensitive) == 0;
}

} // namespace

LdapSource::LdapSource(LdapSettings settings, QString password, std::unique_ptr<LdapClient> client)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_client(client ? std::move(client) : LdapClient::create())
{ }

LdapSource::~LdapSource() = default;

QString LdapSource::displayName() const
{
    QUrl url = m_settings.url;
    url.setPath({});
    return QStringLiteral("%1 (%2)").arg(url.toString(), m_settings.baseDn);
}

QStringList LdapSource::requestedAttributes() const
{
    QStringList wanted = m_settings.attributes;
    if (wanted.isEmpty())
        wanted.append(QStringLiteral("*"));
    // Operational or often-unlisted attributes the source itself needs.
    wanted.append(m_settings.effectiveKeyAttribute());
    if (m_settings.disabledMode == LdapSettings::DisabledMode::AdUserAccountControl)
        wanted.append(QStringLiteral("userAccountControl"));
    else if (m_settings.disabledMode == LdapSettings::DisabledMode::Attribute)
        wanted.append(m_settings.disabledAttribute.trimmed());
    if (!m_settings.attributes.isEmpty())
        wanted += m_required;
    QStringList unique;
    for (const QString &a : std::as_const(wanted)) {
        if (!a.isEmpty() && !unique.contains(a, Qt::CaseInsensitive) && !a.startsWith(QLatin1Char('@')))
            unique.append(a);
    }
    return unique;
}

QString LdapSource::guidToString(const QByteArray &b)
{
    if (b.size() != 16)
        return QString::fromLatin1(b.toBase64());
    // AD stores the first three GUID fields little-endian.
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    const QUuid uuid(qFromLittleEndian<quint32>(d), qFromLittleEndian<quint16>(d + 4),
        qFromLittleEndian<quint16>(d + 6), d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]);
    return uuid.toString(QUuid::WithoutBraces);
}

QString LdapSource::sidToString(const QByteArray &b)
{
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    if (b.size() < 8 || b.size() != 8 + 4 * d[1])
        return QString::fromLatin1(b.toBase64());
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)
        authority = (authority << 8) | d[i];
    QString sid = QStringLiteral("S-%1-%2").arg(d[0]).arg(authority);
    for (int i = 0; i < d[1]; ++i)
        sid += QLatin1Char('-') + QString::number(qFromLittleEndian<quint32>(d + 8 + 4 * i));
    return sid;
}

QString LdapSource::textValue(const QString &attribute, const QByteArray &value)
{
    if (isGuidAttribute(attribute))
        return guidToString(value);
    if (attribute.compare(QLatin1String("objectSid"), Qt::CaseInsensitive) == 0)
        return sidToString(value);
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(value);
    if (decoder.hasError())
        return QString::fromLatin1(value.toBase64());
    return text;
}

SourceError LdapSource::probe() const
{
    QTcpSocket socket;
    socket.connectToHost(m_settings.url.host(), quint16(m_settings.effectivePort()));
    if (socket.waitForConnected(m_settings.timeoutSeconds * 1000))
        return {};
    return {QStringLiteral("unreachable"),
        tr("The directory server %1 port %2 cannot be reached.")
            .arg(m_settings.url.host())
            .arg(m_settings.effectivePort()),
        tr("Check the server name and port, that the server is running, and that no firewall blocks the "
           "connection."),
        socket.errorString()};
}

SourceError LdapSource::describe(const LdapStatus &s, bool reachedServer) const
{
    const QString host = m_settings.url.host();
    switch (s.kind) {
    case LdapStatus::Kind::Ok:
    case LdapStatus::Kind::Cancelled:
    case LdapStatus::Kind::Stopped:
        return {};
    case LdapStatus::Kind::Unreachable:
        if (reachedServer && m_settings.usesTls())
            return {QStringLiteral("tls"), tr("The secure connection to %1 failed.").arg(host),
                tr("The server's certificate must be trusted and issued for \"%1\". Add your CA's "
                   "certificate as "
                   "\"CA certificate\" if a private CA issued it. Certificate checks cannot be turned off.")
                    .arg(host),
                s.detail};
        return {QStringLiteral("unreachable"), tr("The directory server %1 does not answer.").arg(host),
            tr("Check the server name and port, and that it speaks LDAP on that port."), s.detail};
    case LdapStatus::Kind::Tls:
        return {QStringLiteral("tls"), tr("The secure connection to %1 failed.").arg(host),
            m_settings.startTls
                ? tr("The server must support StartTLS with a trusted certificate issued for \"%1\"; or use "
                     "ldaps://. Add your CA's certificate if a private CA issued it.")
                      .arg(host)
                : tr("The server's certificate must be trusted and issued for \"%1\". Add your CA's "
                     "certificate "
                     "if a private CA issued it.")
                      .arg(host),
            s.detail};
    case LdapStatus::Kind::BadCredentials:
        return {QStringLiteral("bad-credentials"),
            tr("The directory refused the bind DN \"%1\" with this password.").arg(m_settings.bindDn),
            tr("Check the bind DN (on Active Directory also user@domain works) and enter the password "
               "again."),
            s.detail};
    case LdapStatus::Kind::BadBaseDn:
        return {QStringLiteral("bad-base-dn"),
            tr("The base DN \"%1\" does not exist on %2.").arg(m_settings.baseDn, host),
            tr("Check the spelling, for example ou=People,dc=example,dc=com."), s.detail};
    case LdapStatus::Kind::BadFilter:
        return {QStringLiteral("bad-filter"),
            tr("The LDAP filter \"%1\" is not valid.").arg(m_settings.effectiveFilter()),
            tr("Write it like (&(objectClass=person)(mail=*)): every condition in parentheses."), s.detail};
    case LdapStatus::Kind::PagingUnsupported:
        return {QStringLiteral("paging-unsupported"), tr("%1 does not support paged searches.").arg(host),
            tr("ProvisionDesk needs the paged results control (RFC 2696) to read large directories."),
            s.detail};
    case LdapStatus::Kind::Timeout:
        return {QStringLiteral("timeout"), tr("The directory server %1 did not answer in time.").arg(host),
            tr("Try again, raise the timeout, or narrow the base DN or filter."), s.detail};
    case LdapStatus::Kind::Other:
        break;
    }
    return {QStringLiteral("ldap"), tr("The directory server %1 reported an error.").arg(host),
        tr("See the details; the directory's administrator can tell what it means."), s.detail};
}

SourceReadResult LdapSource::readRecords(const RecordHandler &onRecord, const ReadOptions &options)
{
    SourceReadResult result;
    const auto fail = [&result](SourceError error) {
        result.status = SourceReadResult::Status::Failed;
        result.error = std::move(error);
        return result;
    };
    const QList<FieldProblem> settingsProblems = m_settings.validate();
    if (!settingsProblems.isEmpty()) {
        const QString field = settingsProblems.constFirst().field;
        const QString cause = field.endsWith(QLatin1String(".filter")) ? QStringLiteral("bad-filter")
            : field.endsWith(QLatin1String(".baseDn"))                 ? QStringLiteral("bad-base-dn")
                                                                       : QStringLiteral("settings");
        return fail({cause, settingsProblems.constFirst().message, tr("Fix the directory settings."), {}});
    }
    if (!m_settings.bindDn.trimmed().isEmpty() && m_password.isEmpty())
        // An empty password turns a simple bind into an anonymous one that "succeeds" (RFC 4513 5.1.2).
        return fail(
            {QStringLiteral("no-password"), tr("No password is stored for \"%1\".").arg(m_settings.bindDn),
                tr("Enter the bind password; it is kept in the system keychain."), {}});

    if (!m_settings.caCertificateFile.isEmpty() && !QFileInfo(m_settings.caCertificateFile).isFile())
        return fail({QStringLiteral("tls"),
            tr("The CA certificate file %1 does not exist.").arg(m_settings.caCertificateFile),
            tr("Choose the PEM file of the CA that issued the directory server's certificate."), {}});
    const SourceError unreachable = probe();
    if (unreachable.isError())
        return fail(unreachable);
    if (options.cancel.isCancelled()) {
        result.status = SourceReadResult::Status::Cancelled;
        return result;
    }
    const LdapStatus opened = m_client->open(m_settings, m_password);
    if (!opened.ok()) {
        m_client->close();
        return fail(describe(opened, true));
    }

    const QString keyAttribute = m_settings.effectiveKeyAttribute();
    const QString disabledAttribute
        = m_settings.disabledMode == LdapSettings::DisabledMode::AdUserAccountControl
        ? QStringLiteral("userAccountControl")
        : m_settings.disabledAttribute.trimmed();
    QStringList seenAttributes;
    qint64 entries = 0;
    const LdapStatus searched = m_client->search(
        m_settings, requestedAttributes(),
        [&](LdapEntry &&entry) {
            SourceRecord record;
            record.origin = entry.dn;
            record.attributes.reserve(entry.attributes.size() + 1);
            for (const LdapEntry::Attribute &a : std::as_const(entry.attributes)) {
                QStringList values;
                values.reserve(a.values.size());
                for (const QByteArray &v : a.values)
                    values.append(textValue(a.name, v));
                record.add(a.name, values);
                if (!seenAttributes.contains(a.name, Qt::CaseInsensitive))
                    seenAttributes.append(a.name);
            }
            record.add(QStringLiteral("dn"), entry.dn);
            record.key = record.value(keyAttribute).trimmed();
            if (keyAttribute.compare(QLatin1String("entryUUID"), Qt::CaseInsensitive) == 0)
                record.key = record.key.toLower(); // GUIDs are lowercase already
            if (record.key.isEmpty())
                result.problems.append(
                    {0, entry.dn, {}, tr("the entry has no %1 value and was skipped").arg(keyAttribute)});
            switch (m_settings.disabledMode) {
            case LdapSettings::DisabledMode::None:
                break;
            case LdapSettings::DisabledMode::AdUserAccountControl: {
                bool ok = false;
                const qint64 flags = record.value(disabledAttribute).toLongLong(&ok);
                record.disabled = ok && (flags & 0x2); // ACCOUNTDISABLE
                break;
            }
            case LdapSettings::DisabledMode::Attribute:
                for (const QString &v : record.values(disabledAttribute)) {
                    if (v.trimmed().compare(m_settings.disabledValue.trimmed(), Qt::CaseInsensitive) == 0)
                        record.disabled = true;
                }
                break;
            }
            ++entries;
            if (options.progress && entries % 500 == 0)
                options.progress({0, entries, -1});
            if (record.key.isEmpty())
                return true;
            return onRecord(std::move(record));
        },
        options.cancel);
    m_client->close();
    result.attributeNames = seenAttributes;
    for (const QString &url : searched.referrals) {
        // Active Directory refers a search from the domain root to its DNS and configuration
        // partitions, which hold no people; any other referral may hide people who were not read.
        if (isAdApplicationPartition(url))
            continue;
        result.problems.append({0, url, {},
            tr("the directory referred part of the search to %1, which is not followed: people there were "
               "not read. Point the base DN at the server that holds them, or narrow it.")
                .arg(url)});
    }
    switch (searched.kind) {
    case LdapStatus::Kind::Ok:
        if (options.progress)
            options.progress({0, entries, entries});
        return result;
    case LdapStatus::Kind::Stopped:
        result.status = SourceReadResult::Status::Stopped;
        return result;
    case LdapStatus::Kind::Cancelled:
        result.status = SourceReadResult::Status::Cancelled;
        return result;
    default:
        return fail(describe(searched, true));
    }
}

} // namespace pd
