#include "ConnectionService.h"

#include "ConnectionStore.h"
#include "ConnectionValidator.h"
#include "Database.h"
#include "SecretBinding.h"

#include <QCoreApplication>
#include <QStringList>

namespace pd {

namespace {

QString joinedMessages(const QList<ConnectionService::RemovedSecret> &removed)
{
    QStringList messages;
    for (const auto &r : removed)
        messages << r.message;
    return messages.join(QLatin1Char(' '));
}

} // namespace

ConnectionService::ConnectionService(Database *database, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{ }

bool ConnectionService::authenticationDiffers(const Connection &before, const Connection &after)
{
    return before.scimUrl != after.scimUrl || before.authMethod != after.authMethod
        || !(before.oauth == after.oauth) || before.identityStore != after.identityStore;
}

QString ConnectionService::kindName(SecretKind kind)
{
    return kind == SecretKind::SourcePassword ? tr("LDAP bind password") : tr("client secret");
}

void ConnectionService::save(Connection c, const Secrets &secrets, Callback done, SecretPolicy policy)
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
    const std::optional<Connection> before = c.id.isNull() ? std::nullopt : store.find(c.id);
    const bool isNew = !before;
    if (store.nameTaken(c.name, isNew ? QUuid() : c.id)) {
        done({false, tr("A connection named \"%1\" already exists. Choose another name.").arg(c.name)});
        return;
    }
    if (isNew && secrets.clientSecret.isEmpty() && policy == SecretPolicy::Required) {
        done({false, tr("The Client Secret is required.")});
        return;
    }
    if (c.id.isNull())
        c.id = QUuid::createUuid();

    Plan plan;
    plan.isNew = isNew;
    if (before && authenticationDiffers(*before, c)) {
        // What was tested is no longer what is configured: test again before enabling or syncing.
        c.validity = Validity::Untested;
        c.enabled = false;
        c.lastTestedAt = {};
        if (c.lastTestMessage.isEmpty() || c.lastTestMessage == before->lastTestMessage)
            c.lastTestMessage = tr("The authentication settings changed; test the connection again.");
    }
    QList<SecretOp> removals;
    QList<SecretOp> writes;
    for (const SecretKind kind : {SecretKind::ClientSecret, SecretKind::SourcePassword}) {
        const QString value
            = kind == SecretKind::ClientSecret ? secrets.clientSecret : secrets.sourcePassword;
        const auto changed
            = before ? SecretBinding::changedFields(kind, *before, c) : QList<SecretBinding::Field>();
        if (changed.isEmpty()) {
            if (!value.isEmpty())
                writes.append({kind, value});
            continue;
        }
        // The old secret goes before the new endpoint is written, so that no reader ever finds the
        // new endpoint with the old secret; a new one is stored once the row names its endpoint.
        removals.append({kind, {}});
        if (!value.isEmpty()) {
            plan.afterRow.append({kind, value});
            continue;
        }
        const QString message = SecretBinding::removedMessage(kind, c.name, changed);
        plan.removed.append({kind, message});
        if (kind == SecretKind::ClientSecret)
            c.lastTestMessage = message;
    }
    plan.beforeRow = removals + writes;
    plan.connection = c;

    applySecrets(c.id, plan.beforeRow,
        [this, plan, done = std::move(done)](const SecretResult &r, const SecretOp &failed) {
            if (r.ok()) {
                writeRow(plan, done);
                return;
            }
            const QString name = plan.connection.name;
            if (failed.value.isEmpty()) {
                done({false,
                    tr("\"%1\" was not saved: its endpoint changed, so its stored %2 must be removed "
                       "first, and the keychain could not remove it: %3")
                        .arg(name, kindName(failed.kind), r.message),
                    r.error});
                return;
            }
            if (!plan.isNew) {
                done({false, r.message, r.error});
                return;
            }
            // A new connection keeps nothing of a half-done save.
            QList<SecretOp> undo;
            for (const SecretOp &op : plan.beforeRow)
                undo.append({op.kind, {}});
            applySecrets(plan.connection.id, undo, [done, r](const SecretResult &, const SecretOp &) {
                done({false, r.message, r.error});
            });
        });
}

void ConnectionService::applySecrets(const QUuid &id, QList<SecretOp> ops,
    std::function<void(const SecretResult &, const SecretOp &failed)> done)
{
    if (ops.isEmpty()) {
        done({}, {});
        return;
    }
    const SecretOp op = ops.takeFirst();
    auto next = [this, id, op, ops, done](const SecretResult &r) {
        if (!r.ok()) {
            done(r, op);
            return;
        }
        applySecrets(id, ops, done);
    };
    if (op.value.isEmpty())
        m_secrets->remove({id, op.kind}, this, next);
    else
        m_secrets->write({id, op.kind}, op.value, this, next);
}

void ConnectionService::writeRow(const Plan &plan, Callback done)
{
    ConnectionStore store(m_database->handle());
    Connection c = plan.connection;
    const bool ok = plan.isNew ? store.insert(&c) : store.update(&c);
    if (!ok) {
        QString message = store.errorString();
        if (!plan.removed.isEmpty())
            message += QLatin1Char(' ') + joinedMessages(plan.removed);
        if (!plan.isNew) {
            done({false, message, SecretResult::Error::None, plan.removed});
            return;
        }
        // Leave nothing half-saved: the secrets of a connection that does not exist go too.
        QList<SecretOp> undo;
        for (const SecretOp &op : plan.beforeRow)
            undo.append({op.kind, {}});
        applySecrets(c.id, undo, [message, done](const SecretResult &, const SecretOp &) {
            done({false, message});
        });
        return;
    }
    applySecrets(c.id, plan.afterRow, [plan, done](const SecretResult &r, const SecretOp &failed) {
        if (!r.ok()) {
            done({false,
                tr("\"%1\" was saved, but its new %2 was not stored in the keychain: %3 Enter it again.")
                    .arg(plan.connection.name, kindName(failed.kind), r.message),
                r.error, plan.removed});
            return;
        }
        done({true, joinedMessages(plan.removed), SecretResult::Error::None, plan.removed});
    });
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
