#pragma once

#include "Connection.h"

#include <QWidget>

namespace pd {

// One part of a connection's settings, edited the same way in the New Connection wizard and in
// the Edit dialog (KeePassXC's settings-widget pattern): load() fills the fields, save() checks
// them, shows inline errors, and writes them into the connection only when all are valid.
class ConnectionEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(const Connection &connection) = 0;
    virtual bool save(Connection *connection) = 0;
    // Cheap and silent: may the wizard's Next be enabled?
    virtual bool isComplete() const { return true; }

signals:
    void changed();
};

} // namespace pd
