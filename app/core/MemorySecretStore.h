#pragma once

#include "SecretStore.h"

#include <QHash>

namespace pd {

// Secrets in process memory. Used where no keychain may be touched (a CLI run given
// --secret-env) and by widget tests, which can make it fail on demand.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const SecretKey &key, QObject *context, Callback done) override;
    void write(const SecretKey &key, const QString &value, QObject *context, Callback done) override;
    void remove(const SecretKey &key, QObject *context, Callback done) override;
    QString description() const override;

    // The next n operations fail with error (tests of keychain failures).
    void failNext(SecretResult::Error error, int n = 1);
    QHash<QString, QString> contents() const { return m_values; }

private:
    bool takeFailure(SecretResult *r);
    void answer(QObject *context, Callback done, SecretResult r);

    QHash<QString, QString> m_values;
    SecretResult::Error m_failWith = SecretResult::Error::None;
    int m_failuresLeft = 0;
};

} // namespace pd
