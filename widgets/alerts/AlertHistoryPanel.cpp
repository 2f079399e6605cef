#include "alerts/AlertHistoryPanel.h"

#include "checks/AlertHistoryModel.h"
#include "checks/CheckStatusStyle.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

AlertHistoryPanel::AlertHistoryPanel(AlertHistoryModel* model, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_model(model), m_clock(&clock)
{
    setObjectName(QStringLiteral("alertHistoryPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_since = new QComboBox(this);
    m_since->setObjectName(QStringLiteral("alertSinceFilter"));
    m_since->addItem(tr("Last hour"), 3600);
    m_since->addItem(tr("Last day"), 24 * 3600);
    m_since->addItem(tr("Last week"), 7 * 24 * 3600);
    m_since->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_since->addItem(tr("All time"), 0);
    m_since->setCurrentIndex(2);
    m_check = new QLineEdit(this);
    m_check->setObjectName(QStringLiteral("alertCheckFilter"));
    m_check->setPlaceholderText(tr("Check name"));
    m_check->setClearButtonEnabled(true);
    m_importance = new QComboBox(this);
    m_importance->setObjectName(QStringLiteral("alertImportanceFilter"));
    m_importance->addItem(tr("Any importance"), 0);
    for (Importance i : {Importance::Warning, Importance::Error, Importance::Critical})
        m_importance->addItem(tr("%1 or above").arg(CheckStatusStyle::importanceText(i)), int(i));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("alertTargetFilter"));
    m_target->setPlaceholderText(tr("Target machine"));
    m_target->setClearButtonEnabled(true);
    filters->addWidget(m_since);
    filters->addWidget(m_check, 2);
    filters->addWidget(m_importance);
    filters->addWidget(m_target, 2);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &AlertHistoryPanel::applyFilters);
    connect(m_check, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_target, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_since, &QComboBox::currentIndexChanged, this, &AlertHistoryPanel::applyFilters);
    connect(m_importance, &QComboBox::currentIndexChanged, this, &AlertHistoryPanel::applyFilters);
    applyFilters();
}

void AlertHistoryPanel::applyFilters()
{
    m_typing.stop();
    AlertFilter f = m_model->filter();
    const int seconds = m_since->currentData().toInt();
    f.sinceMs = seconds > 0 ? m_clock->nowMs() - qint64(seconds) * 1000 : 0;
    f.check = m_check->text().trimmed();
    const int importance = m_importance->currentData().toInt();
    f.minImportance = importance > 0 ? std::optional<Importance>(Importance(importance)) : std::nullopt;
    const QString target = m_target->text().trimmed();
    f.target = target.isEmpty() ? std::nullopt : std::optional<QString>(target);
    m_model->setFilter(f);
}

} // namespace opsdeck
