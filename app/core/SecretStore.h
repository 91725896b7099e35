#pragma once

#include <QObject>
#include <QString>
#include <QUuid>
#include <functional>

namespace pd {

enum class SecretKind { ClientSecret, SourcePassword };

// One keychain entry per connection and secret kind: "<connection uuid>/<kind>".
struct SecretKey
{
    QUuid connectionId;
    SecretKind kind = SecretKind::ClientSecret;
    QString account() const;
};

struct SecretResult
{
    enum class Error { None, NotFound, NoBackend, AccessDenied, Other };
    Error error = Error::None;
    QString message; // for the admin; never contains the secret
    QString value; // only for a successful read
    bool ok() const { return error == Error::None; }
};

// Where secrets live. Asynchronous because real keychains are: the callback runs on context's
// thread once the backend answers, and not at all if context is destroyed first.
// There is deliberately no plaintext fallback anywhere behind this interface.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    virtual void read(const SecretKey &key, QObject *context, Callback done) = 0;
    virtual void write(const SecretKey &key, const QString &value, QObject *context, Callback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const SecretKey &key, QObject *context, Callback done) = 0;
    // "the system keychain (Secret Service)", "this session only", ...
    virtual QString description() const = 0;
};

} // namespace pd
