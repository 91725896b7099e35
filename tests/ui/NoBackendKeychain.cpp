#include "NoBackendKeychain.h"

#include <QPointer>

namespace pd::test {

void NoBackendKeychain::write(const SecretKey &, const QString &, QObject *context, Callback done)
{
    ++writes;
    SecretResult r;
    r.error = SecretResult::Error::NoBackend;
    r.message = QStringLiteral("No keychain is available on this computer (No backend available). On Linux, "
                               "install and unlock GNOME Keyring or KWallet.");
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), r] {
            if (guard)
                done(r);
        },
        Qt::QueuedConnection);
}

} // namespace pd::test
