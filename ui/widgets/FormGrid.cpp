#include "FormGrid.h"

#include <QLabel>
#include <QLineEdit>

namespace pd {

FormGrid::FormGrid(QWidget *parent)
    : QGridLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
    setHorizontalSpacing(12);
    setVerticalSpacing(10);
    setColumnStretch(1, 1);
}

QLabel *FormGrid::addRow(const QString &labelText, QWidget *buddy, QWidget *field)
{
    const int row = rowCount();
    auto *label = new QLabel(labelText, parentWidget());
    if (buddy) {
        label->setBuddy(buddy);
        // Centre the label on the field's first line (a line edit's height), whatever grows below
        // it: errors, hints, or a multi-line field.
        label->setMinimumHeight(QLineEdit().sizeHint().height());
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    addWidget(field, row, 1);
    return label;
}

void FormGrid::addFullRow(QWidget *widget)
{
    addWidget(widget, rowCount(), 0, 1, 2);
}

} // namespace pd
