#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace pd {

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("MemorySecretStore", "memory, for this session only");
}

void MemorySecretStore::failNext(SecretResult::Error error, int n)
{
    m_failWith = error;
    m_failuresLeft = n;
}

bool MemorySecretStore::takeFailure(SecretResult *r)
{
    if (m_failuresLeft <= 0)
        return false;
    --m_failuresLeft;
    r->error = m_failWith;
    r->message = m_failWith == SecretResult::Error::NoBackend
        ? QCoreApplication::translate("MemorySecretStore", "No keychain is available on this computer.")
        : QCoreApplication::translate("MemorySecretStore", "The keychain is locked.");
    return true;
}

void MemorySecretStore::answer(QObject *context, Callback done, SecretResult r)
{
    // Always asynchronous, like a real keychain, so callers cannot come to rely on the opposite.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), r] {
            if (guard)
                done(r);
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const SecretKey &key, QObject *context, Callback done)
{
    SecretResult r;
    if (!takeFailure(&r)) {
        const auto it = m_values.constFind(key.account());
        if (it == m_values.constEnd()) {
            r.error = SecretResult::Error::NotFound;
            r.message = QCoreApplication::translate(
                "MemorySecretStore", "No secret is stored for this connection.");
        } else {
            r.value = *it;
        }
    }
    answer(context, std::move(done), r);
}

void MemorySecretStore::write(const SecretKey &key, const QString &value, QObject *context, Callback done)
{
    SecretResult r;
    if (!takeFailure(&r))
        m_values.insert(key.account(), value);
    answer(context, std::move(done), r);
}

void MemorySecretStore::remove(const SecretKey &key, QObject *context, Callback done)
{
    SecretResult r;
    if (!takeFailure(&r))
        m_values.remove(key.account());
    answer(context, std::move(done), r);
}

} // namespace pd
