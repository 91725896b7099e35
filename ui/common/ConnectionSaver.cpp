#include "ConnectionSaver.h"

#include "KeychainSecretStore.h"

#include <QPointer>

namespace pd {

ConnectionSaver::ConnectionSaver(ConnectionService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

bool ConnectionSaver::canKeepForSession() const
{
    return qobject_cast<KeychainSecretStore *>(m_service->secrets()) != nullptr;
}

void ConnectionSaver::save(const Connection &connection, const QString &clientSecret)
{
    m_busy = true;
    // The service answers on its own context; the saver may be gone by then (dialog closed).
    QPointer<ConnectionSaver> self(this);
    m_service->save(connection, clientSecret, [self](const ConnectionService::Outcome &o) {
        if (self)
            self->done(o);
    });
}

void ConnectionSaver::saveForSessionOnly(const Connection &connection, const QString &clientSecret)
{
    auto *keychain = qobject_cast<KeychainSecretStore *>(m_service->secrets());
    if (!keychain) {
        done({false,
            tr("Keeping the secret for this session only is not possible with %1.")
                .arg(m_service->secrets()->description())});
        return;
    }
    m_busy = true;
    Connection c = connection;
    if (c.id.isNull())
        c.id = QUuid::createUuid();
    const SecretKey key {c.id, SecretKind::ClientSecret};
    const bool kept = !clientSecret.isEmpty();
    if (kept)
        keychain->keepForSession(key, clientSecret);
    QPointer<ConnectionSaver> self(this);
    m_service->save(
        c, QString(),
        [self, keychain, key, kept](const ConnectionService::Outcome &o) {
            if (!o.ok && kept) {
                // The row was not written: the session copy must not outlive it.
                keychain->remove(key, keychain, [](const SecretResult &) {});
            }
            if (self)
                self->done(o);
        },
        ConnectionService::SecretPolicy::Optional);
}

void ConnectionSaver::done(const ConnectionService::Outcome &outcome)
{
    m_busy = false;
    m_last = outcome;
    emit finished(outcome.ok);
}

} // namespace pd
