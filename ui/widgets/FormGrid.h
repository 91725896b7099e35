#pragma once

#include <QGridLayout>

class QLabel;

namespace pd {

// "Label: field" rows on a grid. Used instead of QFormLayout, which mis-measures rows whose
// field holds word-wrapped text (inline errors, long values) and then clips the rows below.
class FormGrid : public QGridLayout
{
    Q_OBJECT
public:
    explicit FormGrid(QWidget *parent = nullptr);
    // Adds a row; the label's buddy is buddy (may be null for read-only values). Returns the label.
    QLabel *addRow(const QString &labelText, QWidget *buddy, QWidget *field);
    // A widget spanning both columns.
    void addFullRow(QWidget *widget);
};

} // namespace pd
