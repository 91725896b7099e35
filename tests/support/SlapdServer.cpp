#include "SlapdServer.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace pd::test {

namespace {

const QString Slapd = QStringLiteral("/usr/sbin/slapd");
const QString Slapadd = QStringLiteral("/usr/sbin/slapadd");

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool accepts(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(200);
}

QString firstRdnValue(const QString &suffix)
{
    const QString first = suffix.section(QLatin1Char(','), 0, 0);
    return first.section(QLatin1Char('='), 1);
}

} // namespace

SlapdServer::SlapdServer()
    : SlapdServer(Options {})
{ }

SlapdServer::SlapdServer(Options options)
    : m_options(std::move(options))
{ }

SlapdServer::~SlapdServer()
{
    stop();
}

bool SlapdServer::available()
{
    return QFileInfo(Slapd).isExecutable() && QFileInfo(Slapadd).isExecutable()
        && !QStandardPaths::findExecutable(QStringLiteral("ldapadd")).isEmpty();
}

QUrl SlapdServer::url() const
{
    return QUrl(QStringLiteral("ldap://127.0.0.1:%1").arg(m_port));
}

QUrl SlapdServer::ldapsUrl() const
{
    return QUrl(QStringLiteral("ldaps://127.0.0.1:%1").arg(m_tlsPort));
}

QString SlapdServer::caCertificateFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QString SlapdServer::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("slapd.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool SlapdServer::makeCertificates(QString *error)
{
    const QString d = m_dir.path();
    const auto openssl = [&](const QStringList &args) {
        const ProcessResult r = runProcess(QStringLiteral("openssl"), args, {}, 30000);
        if (r.exitCode != 0 && error)
            *error = QStringLiteral("openssl %1 failed: %2").arg(args.value(0), r.err);
        return r.exitCode == 0;
    };
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    return writeFile(d + QStringLiteral("/san.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n")
        && openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
            + QStringList {QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                d + QStringLiteral("/ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=ProvisionDesk Test CA")})
        && openssl(QStringList {QStringLiteral("req")} + ec
            + QStringList {QStringLiteral("-keyout"), d + QStringLiteral("/server.key"),
                QStringLiteral("-out"), d + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1")})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            d + QStringLiteral("/server.csr"), QStringLiteral("-CA"), d + QStringLiteral("/ca.pem"),
            QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), d + QStringLiteral("/server.pem"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), d + QStringLiteral("/san.cnf")});
}

bool SlapdServer::writeConfig(QString *error)
{
    const QString d = m_dir.path();
    QDir().mkpath(d + QStringLiteral("/db"));
    const QByteArray adSchema = "objectclass ( 1.3.6.1.4.1.99999.1.1 NAME 'pdAdUser' SUP top AUXILIARY\n"
                                "  MAY ( objectGUID $ userAccountControl $ sAMAccountName $ "
                                "userPrincipalName $ department $ company ) )\n";
    QString conf;
    for (const char *schema : {"core", "cosine", "inetorgperson", "nis", "msuser"})
        conf += QStringLiteral("include /etc/ldap/schema/%1.schema\n").arg(QLatin1String(schema));
    conf += QStringLiteral("include %1/pd-ad.schema\n").arg(d);
    conf += QStringLiteral("pidfile %1/slapd.pid\n").arg(d);
    conf += QStringLiteral("modulepath /usr/lib/ldap\nmoduleload back_mdb\n");
    if (m_options.tls)
        conf += QStringLiteral("TLSCACertificateFile %1/ca.pem\nTLSCertificateFile %1/server.pem\n"
                               "TLSCertificateKeyFile %1/server.key\n")
                    .arg(d);
    // Non-root searches stop at sizeLimit entries unless they page, as on AD.
    conf += QStringLiteral("sizelimit size.soft=%1 size.hard=%1 size.prtotal=unlimited\n")
                .arg(m_options.sizeLimit);
    conf += QStringLiteral("database mdb\nmaxsize 1073741824\nsuffix \"%1\"\nrootdn \"%2\"\nrootpw %3\n"
                           "directory %4/db\nindex objectClass eq\n")
                .arg(m_options.suffix, rootDn(), rootPassword(), d);
    if (!writeFile(d + QStringLiteral("/pd-ad.schema"), adSchema)
        || !writeFile(d + QStringLiteral("/slapd.conf"), conf.toUtf8())) {
        if (error)
            *error = QStringLiteral("cannot write the slapd configuration in %1").arg(d);
        return false;
    }
    return true;
}

bool SlapdServer::start(QString *error)
{
    if (!m_dir.isValid() || !available()) {
        if (error)
            *error = QStringLiteral("slapd, slapadd or ldapadd is not installed");
        return false;
    }
    if ((m_options.tls && !QFileInfo::exists(caCertificateFile()) && !makeCertificates(error))
        || !writeConfig(error))
        return false;

    const QString base
        = QStringLiteral("dn: %1\nobjectClass: dcObject\nobjectClass: organization\no: Example\ndc: %2\n\n"
                         "dn: %3\nobjectClass: organizationalUnit\nou: People\n\n"
                         "dn: %4\nobjectClass: person\ncn: reader\nsn: reader\nuserPassword: %5\n\n")
              .arg(m_options.suffix, firstRdnValue(m_options.suffix), peopleDn(), readerDn(),
                  readerPassword());
    const QString ldifPath = m_dir.filePath(QStringLiteral("initial.ldif"));
    if (!QFileInfo::exists(m_dir.filePath(QStringLiteral("db/data.mdb")))) {
        if (!writeFile(ldifPath, (base + m_initialLdif).toUtf8()))
            return false;
        const ProcessResult added = runProcess(Slapadd,
            {QStringLiteral("-q"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("slapd.conf")),
                QStringLiteral("-l"), ldifPath},
            {}, 120000);
        if (added.exitCode != 0) {
            if (error)
                *error = QStringLiteral("slapadd failed: %1").arg(added.err);
            return false;
        }
    }

    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        m_tlsPort = m_options.tls ? freePort() : 0;
        QString urls = url().toString() + QLatin1Char('/');
        if (m_options.tls)
            urls += QLatin1Char(' ') + ldapsUrl().toString() + QLatin1Char('/');
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("slapd.log")));
        // -d 0: stay in the foreground so the test owns the process.
        m_process.start(Slapd,
            {QStringLiteral("-f"), m_dir.filePath(QStringLiteral("slapd.conf")), QStringLiteral("-h"), urls,
                QStringLiteral("-d"), QStringLiteral("0")});
        if (!m_process.waitForStarted(10000))
            break;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process.state() == QProcess::Running) {
            if (accepts(m_port) && (!m_options.tls || accepts(m_tlsPort)))
                return true;
            QThread::msleep(50);
        }
        stop();
    }
    if (error)
        *error = QStringLiteral("slapd did not start: %1").arg(log());
    return false;
}

void SlapdServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SlapdServer::add(const QString &ldif, QString *error)
{
    const QString path = m_dir.filePath(QStringLiteral("add.ldif"));
    if (!writeFile(path, ldif.toUtf8()))
        return false;
    const ProcessResult r = runProcess(QStringLiteral("ldapadd"),
        {QStringLiteral("-x"), QStringLiteral("-H"), url().toString(), QStringLiteral("-D"), rootDn(),
            QStringLiteral("-w"), rootPassword(), QStringLiteral("-f"), path},
        {}, 30000);
    if (r.exitCode != 0 && error)
        *error = r.err + r.out;
    return r.exitCode == 0;
}

} // namespace pd::test
