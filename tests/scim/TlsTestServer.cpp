#include "TlsTestServer.h"

#include "TestSupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace pd::test {

bool TlsTestServer::start()
{
    if (!QSslSocket::supportsSsl()) {
        m_error = QStringLiteral("this Qt has no TLS backend");
        return false;
    }
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const ProcessResult made = runProcess(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (made.exitCode != 0) {
        m_error = QStringLiteral("openssl failed: %1").arg(made.err);
        return false;
    }
    QFile keyFile(key);
    QFile certFile(cert);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the generated key or certificate");
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    config.setLocalCertificate(QSslCertificate(certFile.readAll()));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(config);
    QObject::connect(m_server.get(), &QSslServer::startedEncryptionHandshake, m_server.get(),
        [this](QSslSocket *) { ++m_handshakes; });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

QUrl TlsTestServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server ? m_server->serverPort() : 0);
    u.setPath(path);
    return u;
}

} // namespace pd::test
