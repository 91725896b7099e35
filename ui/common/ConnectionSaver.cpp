#include "ConnectionSaver.h"

#include "KeychainSecretStore.h"

#include <QPointer>
#include <QStringList>

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
    QPointer<ConnectionSaver> self(this);
    // Kept only once the row is saved: a save that changes the endpoint removes the old secret
    // (session copy included) first, and a failed save must leave no copy behind.
    m_service->save(
        c, QString(),
        [self, keychain, key, clientSecret](ConnectionService::Outcome o) {
            if (o.ok && !clientSecret.isEmpty()) {
                keychain->keepForSession(key, clientSecret);
                // The removed client secret was replaced by the one kept for this session.
                o.removed.removeIf([](const ConnectionService::RemovedSecret &r) {
                    return r.kind == SecretKind::ClientSecret;
                });
                QStringList messages;
                for (const auto &r : o.removed)
                    messages << r.message;
                o.message = messages.join(QLatin1Char(' '));
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
