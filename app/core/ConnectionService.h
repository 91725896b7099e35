#pragma once

#include "Connection.h"
#include "SecretStore.h"

#include <QObject>
#include <QString>
#include <functional>

namespace pd {

class Database;

// Saves and deletes connections together with their secrets, so that neither exists without the
// other: a new connection's row is written only after its secret is in the keychain, and a failed
// row write takes the new secret out again. Deleting removes the secrets first; if the keychain
// refuses, the connection stays as it was.
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        QString message;
        SecretResult::Error secretError = SecretResult::Error::None; // set when the keychain failed
    };
    using Callback = std::function<void(const Outcome &)>;

    ConnectionService(Database *database, SecretStore *secrets, QObject *parent = nullptr);

    enum class SecretPolicy { Required, Optional };
    // Inserts (c->id null or unknown) or updates c. An empty clientSecret on update keeps the stored
    // one. Optional lets a new connection be saved without one (the CLI on a server with no keychain,
    // where every run passes --secret-env).
    void save(Connection c, const QString &clientSecret, Callback done,
        SecretPolicy policy = SecretPolicy::Required);
    void remove(const QUuid &id, Callback done);
    SecretStore *secrets() const { return m_secrets; }

private:
    void writeRow(Connection c, bool isNew, bool wroteSecret, Callback done);

    Database *m_database;
    SecretStore *m_secrets;
};

} // namespace pd
