#include "ConnectionService.h"

#include "ConnectionStore.h"
#include "ConnectionValidator.h"
#include "Database.h"

#include <QCoreApplication>

namespace pd {

ConnectionService::ConnectionService(Database *database, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{ }

void ConnectionService::save(Connection c, const QString &clientSecret, Callback done, SecretPolicy policy)
{
    if (!m_database->open()) {
        done({false, m_database->errorString()});
        return;
    }
    const auto problems = ConnectionValidator::validate(c);
    if (!problems.isEmpty()) {
        done({false, problems.constFirst().message});
        return;
    }
    ConnectionStore store(m_database->handle());
    const bool isNew = c.id.isNull() || !store.find(c.id);
    if (store.nameTaken(c.name, isNew ? QUuid() : c.id)) {
        done({false, tr("A connection named \"%1\" already exists. Choose another name.").arg(c.name)});
        return;
    }
    if (isNew && clientSecret.isEmpty() && policy == SecretPolicy::Required) {
        done({false, tr("The Client Secret is required.")});
        return;
    }
    if (c.id.isNull())
        c.id = QUuid::createUuid();
    if (clientSecret.isEmpty()) {
        writeRow(c, isNew, false, std::move(done));
        return;
    }
    m_secrets->write({c.id, SecretKind::ClientSecret}, clientSecret, this,
        [this, c, isNew, done = std::move(done)](const SecretResult &r) {
            if (!r.ok()) {
                done({false, r.message, r.error});
                return;
            }
            writeRow(c, isNew, true, done);
        });
}

void ConnectionService::writeRow(Connection c, bool isNew, bool wroteSecret, Callback done)
{
    ConnectionStore store(m_database->handle());
    const bool ok = isNew ? store.insert(&c) : store.update(&c);
    if (ok) {
        done({true, {}});
        return;
    }
    const QString message = store.errorString();
    if (isNew && wroteSecret) {
        // Leave nothing half-saved: the secret of a connection that does not exist goes too.
        m_secrets->remove({c.id, SecretKind::ClientSecret}, this, [message, done](const SecretResult &) {
            done({false, message});
        });
        return;
    }
    done({false, message});
}

void ConnectionService::remove(const QUuid &id, Callback done)
{
    if (!m_database->open()) {
        done({false, m_database->errorString()});
        return;
    }
    m_secrets->remove({id, SecretKind::ClientSecret}, this, [this, id, done](const SecretResult &r) {
        if (!r.ok()) {
            done({false,
                tr("The connection was not deleted because its secret could not be removed "
                   "from the keychain: %1")
                    .arg(r.message),
                r.error});
            return;
        }
        m_secrets->remove({id, SecretKind::SourcePassword}, this, [this, id, done](const SecretResult &r2) {
            if (!r2.ok()) {
                done({false, r2.message, r2.error});
                return;
            }
            ConnectionStore store(m_database->handle());
            if (!store.remove(id)) {
                done({false, store.errorString()});
                return;
            }
            done({true, {}});
        });
    });
}

} // namespace pd
