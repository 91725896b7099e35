#pragma once

#include <QAbstractButton>
#include <QPixmap>

namespace pd {

// One tile of the identity store grid: logo, name, one line of description and a "Select" /
// "Selected" mark. Checkable; tiles in one QButtonGroup behave like radio buttons.
class IdentityStoreTile : public QAbstractButton
{
    Q_OBJECT
public:
    IdentityStoreTile(
        const QPixmap &logo, const QString &name, const QString &description, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPixmap m_logo;
    QString m_description;
};

} // namespace pd
