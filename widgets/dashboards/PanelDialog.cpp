#include "dashboards/PanelDialog.h"

#include "dashboards/DashboardJson.h"
#include "util/TimeSpec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace opsdeck {
namespace {

enum Scope
{
    ScopeMachine,
    ScopeNode,
    ScopeNone
};

QComboBox* combo(QWidget* parent, const QList<std::pair<QString, QVariant>>& items)
{
    auto* c = new QComboBox(parent);
    for (const auto& [text, data] : items)
        c->addItem(text, data);
    return c;
}

} // namespace

PanelDialog::PanelDialog(const Panel& panel, int columns, QWidget* parent)
    : QDialog(parent), m_columns(columns), m_panel(panel)
{
    setWindowTitle(panel.title.isEmpty() && panel.query.key().isEmpty() ? tr("New Panel") : tr("Edit Panel"));
    auto* form = new QFormLayout;
    m_kind = combo(this, {{tr("Chart"), int(PanelKind::Chart)},
                          {tr("Single value"), int(PanelKind::Value)},
                          {tr("Table"), int(PanelKind::Table)}});
    m_kind->setCurrentIndex(m_kind->findData(int(panel.kind)));
    form->addRow(tr("&Kind:"), m_kind);
    m_title = new QLineEdit(panel.title, this);
    form->addRow(tr("&Title:"), m_title);

    addQuery(form, panel);

    m_statistic = new QComboBox(this);
    m_statistic->addItems(DashboardNames::statisticNames());
    m_statistic->setCurrentText(DashboardNames::statisticName(panel.statistic));
    form->addRow(tr("&Statistic:"), m_statistic);
    m_range = new QComboBox(this);
    m_range->setEditable(true);
    m_range->addItems({QStringLiteral("1h"), QStringLiteral("4h"), QStringLiteral("8h"), QStringLiteral("1d"),
                       QStringLiteral("3d"), QStringLiteral("1w"), QStringLiteral("30d")});
    m_range->setEditText(DashboardJson::rangeText(panel.rangeSecs));
    form->addRow(tr("R&ange:"), m_range);

    m_rows = combo(this, {{tr("Machines"), int(PanelRows::Machines)},
                          {tr("Product lines"), int(PanelRows::ProductLines)},
                          {tr("URLs"), int(PanelRows::Urls)},
                          {tr("Product lines from their URLs"), int(PanelRows::ProductLineUrls)}});
    m_rows->setCurrentIndex(m_rows->findData(int(panel.rows)));
    form->addRow(tr("Table &rows:"), m_rows);
    m_tableColumns = new QLineEdit(panel.columns.join(QStringLiteral(", ")), this);
    m_tableColumns->setPlaceholderText(
        tr("cpu, memory, disk — or qps, response_time, bandwidth, availability"));
    form->addRow(tr("Table &columns:"), m_tableColumns);

    addPlace(form, panel, columns);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("panelError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PanelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PanelDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PanelDialog::updateEnabled);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PanelDialog::updateEnabled);
    updateEnabled();
}

void PanelDialog::addQuery(QFormLayout* form, const Panel& panel)
{
    m_scope = combo(this, {{tr("Machine"), ScopeMachine},
                           {tr("Node (/ for the whole tree)"), ScopeNode},
                           {tr("No machine (a pushed series)"), ScopeNone}});
    m_scope->setCurrentIndex(!panel.query.machine.isEmpty() ? ScopeMachine
                             : !panel.query.node.isEmpty()  ? ScopeNode
                                                            : ScopeNone);
    m_target = new QLineEdit(!panel.query.machine.isEmpty() ? panel.query.machine : panel.query.node, this);
    m_target->setPlaceholderText(tr("web1, or acme/shop"));
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_target, 1);
    form->addRow(tr("&Read from:"), scopeRow);

    m_keyKind = combo(this, {{tr("Metric"), 0}, {tr("Series"), 1}});
    m_keyKind->setCurrentIndex(panel.query.series.isEmpty() ? 0 : 1);
    m_key = new QComboBox(this);
    m_key->setEditable(true);
    m_key->addItems(DashboardNames::derivedMetrics() +
                    QStringList{QStringLiteral("loadavg-1"), QStringLiteral("memory-used")});
    m_key->setEditText(panel.query.key());
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyKind);
    keyRow->addWidget(m_key, 1);
    form->addRow(tr("&Metric or series:"), keyRow);
    m_source = new QLineEdit(panel.query.source, this);
    m_source->setPlaceholderText(tr("any (the freshest)"));
    form->addRow(tr("S&ource:"), m_source);
}

void PanelDialog::addPlace(QFormLayout* form, const Panel& panel, int columns)
{
    auto spin = [this](int value, int lo, int hi) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setValue(value);
        return s;
    };
    m_x = spin(panel.x, 0, columns - 1);
    m_y = spin(panel.y, 0, 1000);
    m_width = spin(panel.width, 1, columns);
    m_height = spin(panel.height, 1, 12);
    auto* cell = new QHBoxLayout;
    for (auto [label, box] :
         {std::pair{tr("column"), m_x}, {tr("row"), m_y}, {tr("width"), m_width}, {tr("height"), m_height}}) {
        cell->addWidget(new QLabel(label, this));
        cell->addWidget(box);
    }
    form->addRow(tr("&Place:"), cell);
}

void PanelDialog::updateEnabled()
{
    const bool table = m_kind->currentData().toInt() == int(PanelKind::Table);
    m_rows->setEnabled(table);
    m_tableColumns->setEnabled(table);
    m_target->setEnabled(m_scope->currentData().toInt() != ScopeNone);
}

Panel PanelDialog::fromFields() const
{
    Panel p;
    p.kind = PanelKind(m_kind->currentData().toInt());
    p.title = m_title->text().trimmed();
    const int scope = m_scope->currentData().toInt();
    if (scope == ScopeMachine)
        p.query.machine = m_target->text().trimmed();
    else if (scope == ScopeNode)
        p.query.node = m_target->text().trimmed();
    if (m_keyKind->currentIndex() == 0)
        p.query.metric = m_key->currentText().trimmed();
    else
        p.query.series = m_key->currentText().trimmed();
    p.query.source = m_source->text().trimmed();
    p.statistic = DashboardNames::statisticFromName(m_statistic->currentText()).value_or(PanelStatistic::Avg);
    p.rangeSecs = TimeSpec::parseDuration(m_range->currentText().trimmed()).valueOr(0);
    if (p.kind == PanelKind::Table) {
        p.rows = PanelRows(m_rows->currentData().toInt());
        for (const QString& c : m_tableColumns->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty())
                p.columns << c.trimmed();
    }
    p.x = m_x->value();
    p.y = m_y->value();
    p.width = m_width->value();
    p.height = m_height->value();
    return p;
}

void PanelDialog::accept()
{
    Panel p = fromFields();
    if (p.rows == PanelRows::Urls || p.rows == PanelRows::ProductLineUrls) {
        p.query.metric.clear();
        p.query.series.clear();
    }
    Dashboard check;
    check.name = QStringLiteral("check");
    check.columns = m_columns;
    check.panels << p;
    if (p.rangeSecs <= 0) {
        m_error->setText(tr("The range is a duration such as 1h, 1d or 7d."));
        return;
    }
    const Status valid = DashboardJson::validate(check);
    if (!valid.ok()) {
        QString message = valid.error().message;
        message.remove(QStringLiteral("panels[0]."));
        m_error->setText(message);
        return;
    }
    m_panel = p;
    QDialog::accept();
}

} // namespace opsdeck
