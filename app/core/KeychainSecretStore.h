#pragma once

#include "SecretStore.h"

#include <QHash>

namespace pd {

// The OS keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows, the
// Secret Service (GNOME Keyring, KWallet) on Linux. Insecure fallback is always off.
//
// With no keychain the admin may choose to keep a secret for this session only
// (keepForSession): it then lives in this process's memory and is gone when the app quits.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(
        QString service = QStringLiteral("ProvisionDesk"), QObject *parent = nullptr);

    void read(const SecretKey &key, QObject *context, Callback done) override;
    void write(const SecretKey &key, const QString &value, QObject *context, Callback done) override;
    void remove(const SecretKey &key, QObject *context, Callback done) override;
    QString description() const override;

    // What a QtKeychain error (QKeychain::Error as int, and its text) means here. An unreachable
    // Secret Service or a locked keyring nothing could unlock is NoBackend (QtKeychain calls them
    // OtherError / AccessDenied), so the admin is offered to keep the secret for this session.
    static SecretResult resultFor(int keychainError, const QString &errorString);

    void keepForSession(const SecretKey &key, const QString &value);
    bool hasSessionSecret(const SecretKey &key) const;

private:
    QString m_service;
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace pd
