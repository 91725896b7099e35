#pragma once

#include "Connection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pd {

// How model values read in the UI, in one place so the list, details, wizard and summary agree.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    static QString validity(Validity v);
    static QString identityStore(const QString &id);
    static QString authMethod(const QString &method);
    static QString enabled(bool enabled);
    static QString yesNo(bool value);
    static QString removeAction(RemoveAction a);
    // One line per PingOne user action, "Enable users creation: Yes", in the console's order.
    static QStringList userActions(const UserActions &a);
    // "Valid — tested 28 Nov 2025 14:03: Connected to Zoom." or "Not tested yet".
    static QString lastTest(const Connection &c);
    static QString dateTime(const QDateTime &t);
};

} // namespace pd
