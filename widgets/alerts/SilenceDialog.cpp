#include "alerts/SilenceDialog.h"

#include "util/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace opsdeck {

SilenceDialog::SilenceDialog(const QString& checkName, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_clock(&clock)
{
    setObjectName(QStringLiteral("silenceDialog"));
    setWindowTitle(tr("Silence %1").arg(checkName));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(
        tr("No notification for %1 until the silence ends; its state is still shown.").arg(checkName), this));
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("silenceDuration"));
    m_duration->addItem(tr("1 hour"), 3600);
    m_duration->addItem(tr("4 hours"), 4 * 3600);
    m_duration->addItem(tr("1 day"), 24 * 3600);
    m_duration->addItem(tr("Until…"), 0);
    form->addRow(tr("&Silence for:"), m_duration);
    m_until = new QDateTimeEdit(this);
    m_until->setObjectName(QStringLiteral("silenceUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs());
    m_until->setMinimumDateTime(now);
    m_until->setDateTime(now.addSecs(8 * 3600));
    m_until->setEnabled(false);
    form->addRow(tr("&Until:"), m_until);
    connect(m_duration, &QComboBox::currentIndexChanged, this,
            [this] { m_until->setEnabled(m_duration->currentData().toInt() == 0); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Silence"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

qint64 SilenceDialog::untilMs() const
{
    const int seconds = m_duration->currentData().toInt();
    if (seconds > 0)
        return m_clock->nowMs() + qint64(seconds) * 1000;
    return m_until->dateTime().toMSecsSinceEpoch();
}

void SilenceDialog::choose(int seconds)
{
    const int i = m_duration->findData(seconds);
    if (i >= 0)
        m_duration->setCurrentIndex(i);
}

void SilenceDialog::setCustomUntil(qint64 ms)
{
    choose(0);
    m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

} // namespace opsdeck
