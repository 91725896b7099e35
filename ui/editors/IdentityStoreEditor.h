#pragma once

#include "ConnectionEditor.h"

#include <QList>

class QButtonGroup;

namespace pd {

class IdentityStoreTile;

// The identity store tile grid. Starts with nothing chosen, so the wizard's Next waits for a click.
class IdentityStoreEditor : public ConnectionEditor
{
    Q_OBJECT
public:
    struct Store
    {
        QString id; // Connection::identityStore
        QString name;
        QString description;
    };
    // Every identity store ProvisionDesk can provision into; new ones get a tile by being added here.
    static QList<Store> catalog();

    explicit IdentityStoreEditor(QWidget *parent = nullptr);
    void load(const Connection &connection) override;
    bool save(Connection *connection) override;
    bool isComplete() const override;
    QString selectedStore() const;
    IdentityStoreTile *tile(const QString &id) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<Store> m_stores;
    QList<IdentityStoreTile *> m_tiles;
    QButtonGroup *m_group;
};

} // namespace pd
