#include "inventory/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace opsdeck {

MessageBanner::MessageBanner(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::showError(const QString& message)
{
    showMessage(message, true);
}

void MessageBanner::showInfo(const QString& message)
{
    showMessage(message, false);
}

void MessageBanner::showMessage(const QString& message, bool error)
{
    m_error = error;
    m_label->setText(message);
    QPalette p = palette();
    p.setColor(QPalette::Window, error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xe3, 0xf1, 0xdf));
    p.setColor(QPalette::WindowText, error ? QColor(0x8a, 0x1c, 0x12) : QColor(0x25, 0x5c, 0x1c));
    setPalette(p);
    show();
}

} // namespace opsdeck
