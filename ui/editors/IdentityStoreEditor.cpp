#include "IdentityStoreEditor.h"

#include "Icons.h"
#include "IdentityStoreTile.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pd {

namespace {
constexpr int columns = 3;
}

QList<IdentityStoreEditor::Store> IdentityStoreEditor::catalog()
{
    return {
        {QStringLiteral("zoom"), tr("Zoom"), tr("Zoom users through SCIM 2.0 and Server-to-Server OAuth")}};
}

IdentityStoreEditor::IdentityStoreEditor(QWidget *parent)
    : ConnectionEditor(parent)
    , m_stores(catalog())
    , m_group(new QButtonGroup(this))
{
    auto *intro
        = new QLabel(tr("Choose the identity store that ProvisionDesk creates, updates and deprovisions "
                        "users in. Click a tile to select it."),
            this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    m_group->setExclusive(true);
    for (int i = 0; i < m_stores.size(); ++i) {
        const Store &store = m_stores.at(i);
        auto *tile = new IdentityStoreTile(Icons::zoomLogo(112), store.name, store.description, this);
        tile->setObjectName(store.id + QStringLiteral("Tile"));
        m_group->addButton(tile, i);
        tile->installEventFilter(this);
        m_tiles << tile;
        grid->addWidget(tile, i / columns, i % columns, Qt::AlignLeft | Qt::AlignTop);
    }
    grid->setColumnStretch(columns, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emit changed();
    });
}

bool IdentityStoreEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a tile selects it, like Space; on the selected tile it goes on to the wizard (Next).
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *tile = qobject_cast<IdentityStoreTile *>(watched);
        if (tile && (key == Qt::Key_Return || key == Qt::Key_Enter) && !tile->isChecked()) {
            tile->click();
            return true;
        }
    }
    return ConnectionEditor::eventFilter(watched, event);
}

void IdentityStoreEditor::load(const Connection &connection)
{
    for (int i = 0; i < m_stores.size(); ++i)
        m_tiles.at(i)->setChecked(m_stores.at(i).id == connection.identityStore);
}

bool IdentityStoreEditor::save(Connection *connection)
{
    if (!isComplete())
        return false;
    connection->identityStore = selectedStore();
    return true;
}

bool IdentityStoreEditor::isComplete() const
{
    return m_group->checkedId() >= 0;
}

QString IdentityStoreEditor::selectedStore() const
{
    const int id = m_group->checkedId();
    return id >= 0 ? m_stores.at(id).id : QString();
}

IdentityStoreTile *IdentityStoreEditor::tile(const QString &id) const
{
    for (int i = 0; i < m_stores.size(); ++i) {
        if (m_stores.at(i).id == id)
            return m_tiles.at(i);
    }
    return nullptr;
}

} // namespace pd
