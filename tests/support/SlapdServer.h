#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace pd::test {

// A real OpenLDAP slapd for tests, on 127.0.0.1 with a throw-away slapd.conf and mdb database.
// Schemas: core, cosine, inetorgperson, nis, msuser (AD attribute types such as objectGUID and
// userAccountControl) and an auxiliary class "pdAdUser" that lets entries carry them.
// Directory layout: <suffix> with ou=People, and a service account cn=reader,<suffix> whose
// searches are capped at sizeLimit entries unless paged (like AD's MaxPageSize).
class SlapdServer
{
public:
    struct Options
    {
        QString suffix = QStringLiteral("dc=example,dc=com");
        bool tls = false; // also listen on ldaps:// with a certificate from a fresh test CA
        int sizeLimit = 1000;
    };

    SlapdServer();
    explicit SlapdServer(Options options);
    ~SlapdServer();
    SlapdServer(const SlapdServer &) = delete;
    SlapdServer &operator=(const SlapdServer &) = delete;

    static bool available(); // slapd, slapadd and ldapadd are installed

    // Entries loaded with slapadd before start(): fast for tens of thousands.
    void addInitialLdif(const QString &ldif) { m_initialLdif += ldif + QLatin1Char('\n'); }
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // ldapadd against the running server as the root DN.
    bool add(const QString &ldif, QString *error = nullptr);

    QUrl url() const; // ldap://127.0.0.1:<port>
    QUrl ldapsUrl() const; // ldaps://127.0.0.1:<port> (Options::tls)
    QString suffix() const { return m_options.suffix; }
    QString peopleDn() const { return QStringLiteral("ou=People,") + m_options.suffix; }
    QString rootDn() const { return QStringLiteral("cn=admin,") + m_options.suffix; }
    QString rootPassword() const { return QStringLiteral("admin-pw"); }
    QString readerDn() const { return QStringLiteral("cn=reader,") + m_options.suffix; }
    QString readerPassword() const { return QStringLiteral("reader-pw"); }
    QString caCertificateFile() const; // the test CA that signed the server certificate
    QString directory() const { return m_dir.path(); }
    QString log() const;

private:
    bool writeConfig(QString *error);
    bool makeCertificates(QString *error);

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_initialLdif;
    int m_port = 0;
    int m_tlsPort = 0;
};

} // namespace pd::test
