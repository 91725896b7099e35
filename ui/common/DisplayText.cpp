#include "DisplayText.h"

#include <QLocale>

namespace pd {

QString DisplayText::validity(Validity v)
{
    switch (v) {
    case Validity::Valid:
        return tr("Valid");
    case Validity::Invalid:
        return tr("Invalid");
    case Validity::Untested:
        break;
    }
    return tr("Not tested");
}

QString DisplayText::identityStore(const QString &id)
{
    if (id == QLatin1String("zoom"))
        return tr("Zoom");
    return id;
}

QString DisplayText::authMethod(const QString &method)
{
    if (method == QLatin1String("oauth-s2s"))
        return tr("OAuth Bearer Token");
    return method;
}

QString DisplayText::enabled(bool enabled)
{
    return enabled ? tr("Enabled") : tr("Disabled");
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DisplayText::removeAction(RemoveAction a)
{
    return a == RemoveAction::Delete ? tr("Delete") : tr("Disable");
}

QStringList DisplayText::userActions(const UserActions &a)
{
    QStringList lines;
    lines << tr("Enable users creation: %1").arg(yesNo(a.createUsers));
    lines << tr("Enable users updation: %1").arg(yesNo(a.updateUsers));
    lines << tr("Enable users disable: %1").arg(yesNo(a.disableUsers));
    lines << tr("Enable users deprovision: %1").arg(yesNo(a.deprovisionUsers));
    if (a.deprovisionUsers) {
        lines << tr("Remove Action: %1").arg(removeAction(a.removeAction));
        lines << tr("Deprovision on rule deletion: %1").arg(yesNo(a.deprovisionOnRuleDeletion));
    }
    return lines;
}

QString DisplayText::dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::lastTest(const Connection &c)
{
    if (!c.lastTestedAt.isValid()) {
        if (!c.lastTestMessage.isEmpty())
            return tr("%1: %2").arg(validity(c.validity), c.lastTestMessage);
        // An imported file may carry a validity without a test time.
        return c.validity == Validity::Untested ? tr("Not tested yet") : validity(c.validity);
    }
    QString text = tr("%1, tested %2").arg(validity(c.validity), dateTime(c.lastTestedAt));
    if (!c.lastTestMessage.isEmpty())
        text = tr("%1: %2").arg(text, c.lastTestMessage);
    return text;
}

} // namespace pd
