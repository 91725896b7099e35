#pragma once

#include <QSslServer>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace pd::test {

// An HTTPS listener on 127.0.0.1 with a freshly made self-signed certificate (openssl from PATH):
// a real server whose certificate no client trusts, for "TLS certificate problem".
class TlsTestServer
{
public:
    bool start();
    QUrl url(const QString &path) const;
    QString lastError() const { return m_error; }
    int handshakesSeen() const { return m_handshakes; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSslServer> m_server;
    QString m_error;
    int m_handshakes = 0;
};

} // namespace pd::test
