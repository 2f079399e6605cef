#include "alerts/MaintenanceDialog.h"

#include "checks/MaintenanceModel.h"
#include "checks/MaintenanceStore.h"
#include "inventory/AsyncLoad.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

MaintenanceDialog::MaintenanceDialog(std::shared_ptr<Database> db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_clock(&clock), m_model(new MaintenanceModel(m_db, clock, this))
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    setWindowTitle(tr("Maintenance Windows"));
    auto* layout = new QVBoxLayout(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("maintenanceTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* row = new QHBoxLayout;
    m_showEnded = new QCheckBox(tr("Show &ended windows"), this);
    connect(m_showEnded, &QCheckBox::toggled, m_model, &MaintenanceModel::setShowEnded);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeMaintenance"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("End the selected window now by removing it (Delete)"));
    connect(m_remove, &QPushButton::clicked, this, &MaintenanceDialog::removeSelected);
    row->addWidget(m_showEnded);
    row->addStretch(1);
    row->addWidget(m_remove);
    layout->addLayout(row);

    buildForm(layout);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("maintenanceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_model, &MaintenanceModel::loadFailed, this, &MaintenanceDialog::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MaintenanceDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MaintenanceDialog::updateButtons);
    resize(760, 460);
    m_model->reload();
    updateButtons();
}

void MaintenanceDialog::buildForm(QLayout* into)
{
    auto* box = new QGroupBox(tr("New window"), this);
    auto* form = new QFormLayout(box);
    m_node = new QLineEdit(box);
    m_node->setObjectName(QStringLiteral("maintenanceNode"));
    m_node->setPlaceholderText(tr("a tree node, e.g. acme/shop; / for the whole tree"));
    form->addRow(tr("&Node:"), m_node);

    m_start = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()), box);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("&Starts:"), m_start);

    m_length = new QComboBox(box);
    m_length->setObjectName(QStringLiteral("maintenanceLength"));
    const QList<QPair<QString, int>> lengths{
        {tr("30 minutes"), 1800}, {tr("1 hour"), 3600}, {tr("2 hours"), 7200}, {tr("4 hours"), 14400},
        {tr("8 hours"), 28800},   {tr("1 day"), 86400}, {tr("Until…"), 0}};
    for (const auto& [label, seconds] : lengths)
        m_length->addItem(label, seconds);
    m_length->setCurrentIndex(1);
    m_until = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_clock->nowMs() + 3600 * 1000), box);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setEnabled(false);
    connect(m_length, &QComboBox::currentIndexChanged, this,
            [this] { m_until->setEnabled(m_length->currentData().toInt() == 0); });
    auto* lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_length);
    lengthRow->addWidget(m_until, 1);
    form->addRow(tr("&Length:"), lengthRow);

    m_reason = new QLineEdit(box);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("why (shown beside the alerts it holds back)"));
    form->addRow(tr("&Reason:"), m_reason);

    m_add = new QPushButton(tr("&Add Window"), box);
    m_add->setObjectName(QStringLiteral("addMaintenance"));
    m_add->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &MaintenanceDialog::addWindow);
    form->addRow(QString(), m_add);
    into->addWidget(box);
}

void MaintenanceDialog::setNode(const QString& path)
{
    m_node->setText(path);
}

void MaintenanceDialog::setStart(qint64 ms)
{
    m_start->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

void MaintenanceDialog::setLength(int seconds)
{
    const int i = m_length->findData(seconds);
    m_length->setCurrentIndex(i >= 0 ? i : m_length->count() - 1);
}

void MaintenanceDialog::setUntil(qint64 ms)
{
    setLength(0);
    m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

void MaintenanceDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString MaintenanceDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

Result<MaintenanceWindow> MaintenanceDialog::formWindow() const
{
    MaintenanceWindow w;
    const QString node = m_node->text().trimmed();
    if (node.isEmpty())
        return Error::usage(tr("Name the tree node the window is on (/ for the whole tree)."));
    w.nodePath = node == QLatin1String("/") ? QString() : node;
    w.fromMs = m_start->dateTime().toMSecsSinceEpoch();
    const int seconds = m_length->currentData().toInt();
    w.toMs = seconds > 0 ? w.fromMs + qint64(seconds) * 1000 : m_until->dateTime().toMSecsSinceEpoch();
    w.reason = m_reason->text();
    return MaintenanceStore::validate(std::move(w));
}

void MaintenanceDialog::addWindow()
{
    if (m_writing)
        return;
    auto window = formWindow();
    if (!window.ok()) {
        showError(window.error().message);
        return;
    }
    m_error->hide();
    m_writing = true;
    updateButtons();
    const MaintenanceWindow w = *window;
    runAsync<qint64>(
        this, [db = m_db, w]() { return MaintenanceStore(db).add(w); },
        [this, w](Result<qint64> id) {
            m_writing = false;
            updateButtons();
            if (!id.ok()) {
                showError(tr("The window was not added: %1").arg(id.error().message));
                return;
            }
            m_reason->clear();
            const QString node = w.nodePath.isEmpty() ? tr("the whole tree") : w.nodePath;
            emit statusMessage(tr("Maintenance window %1 on %2 added").arg(*id).arg(node));
            m_model->reload();
            emit changed();
        });
}

void MaintenanceDialog::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const MaintenanceWindow* w = rows.isEmpty() ? nullptr : m_model->windowAt(rows.first().row());
    if (!w || m_writing)
        return;
    m_writing = true;
    updateButtons();
    runAsync<bool>(
        this,
        [db = m_db, id = w->id]() -> Result<bool> {
            if (Status s = MaintenanceStore(db).remove(id); !s.ok())
                return s.error();
            return true;
        },
        [this, id = w->id](Result<bool> done) {
            m_writing = false;
            updateButtons();
            if (!done.ok()) {
                showError(tr("The window was not removed: %1").arg(done.error().message));
                return;
            }
            m_error->hide();
            emit statusMessage(tr("Maintenance window %1 removed").arg(id));
            m_model->reload();
            emit changed();
        });
}

void MaintenanceDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    emit statusMessage(message);
}

void MaintenanceDialog::updateButtons()
{
    m_add->setEnabled(!m_writing);
    m_remove->setEnabled(!m_writing && m_view->selectionModel()->hasSelection());
}

} // namespace opsdeck
