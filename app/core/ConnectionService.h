#pragma once

#include "Connection.h"
#include "SecretStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace pd {

class Database;

// Saves and deletes connections together with their secrets, so that neither exists without the
// other: a new connection's row is written only after its secret is in the keychain, and a failed
// row write takes the new secret out again. Deleting removes the secrets first; if the keychain
// refuses, the connection stays as it was.
//
// A stored secret only ever serves the endpoint it was entered for (SecretBinding): an update that
// changes the token URL, SCIM host, account or client ID, or the LDAP URL or bind DN, removes the
// old secret from the keychain before the new endpoint is written, and is refused if the keychain
// cannot remove it. A new secret given with the change is stored after the row.
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    struct RemovedSecret
    {
        SecretKind kind = SecretKind::ClientSecret;
        QString message {}; // why, for the admin
    };
    struct Outcome
    {
        bool ok = false;
        // On failure: what went wrong. On success: the secrets that were removed, or empty.
        QString message;
        SecretResult::Error secretError = SecretResult::Error::None; // set when the keychain failed
        QList<RemovedSecret> removed {}; // secrets taken out because their endpoint changed
    };
    using Callback = std::function<void(const Outcome &)>;

    // New secrets to store with a save; empty keeps (or, after an endpoint change, drops) the old one.
    struct Secrets
    {
        QString clientSecret;
        QString sourcePassword; // the LDAP bind password (SecretKind::SourcePassword)
    };

    ConnectionService(Database *database, SecretStore *secrets, QObject *parent = nullptr);

    enum class SecretPolicy { Required, Optional };
    // Inserts (c->id null or unknown) or updates c. An empty clientSecret on update keeps the stored
    // one, unless its endpoint changed. Optional lets a new connection be saved without one (the CLI
    // on a server with no keychain, where every run passes --secret-env).
    void save(
        Connection c, const Secrets &secrets, Callback done, SecretPolicy policy = SecretPolicy::Required);
    void save(Connection c, const QString &clientSecret, Callback done,
        SecretPolicy policy = SecretPolicy::Required)
    {
        save(std::move(c), Secrets {clientSecret, {}}, std::move(done), policy);
    }
    void remove(const QUuid &id, Callback done);
    SecretStore *secrets() const { return m_secrets; }
    Database *database() const { return m_database; }

    // Whether a saved change of before into after needs a new connection test.
    static bool authenticationDiffers(const Connection &before, const Connection &after);

private:
    struct SecretOp
    {
        SecretKind kind = SecretKind::ClientSecret;
        QString value; // empty: remove
    };
    struct Plan
    {
        Connection connection;
        bool isNew = false;
        QList<SecretOp> beforeRow; // removals of secrets whose endpoint changed, then same-endpoint writes
        QList<SecretOp> afterRow; // new secrets for a changed endpoint
        QList<RemovedSecret> removed;
    };
    // Runs ops in order; done gets the first failure (and its op) or success.
    void applySecrets(const QUuid &id, QList<SecretOp> ops,
        std::function<void(const SecretResult &, const SecretOp &failed)> done);
    void writeRow(const Plan &plan, Callback done);
    static QString kindName(SecretKind kind);

    Database *m_database;
    SecretStore *m_secrets;
};

} // namespace pd
