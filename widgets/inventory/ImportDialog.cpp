#include "inventory/ImportDialog.h"

#include "inventory/AsyncLoad.h"
#include "inventory/MessageBanner.h"
#include "inventory/ProgressRelay.h"
#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleYamlParser.h"
#include "inventory_io/InventoryCsvParser.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/SshConfigParser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace opsdeck {

namespace {

struct Previewed
{
    InventoryDocument doc;
    ImportPlan plan;
};

} // namespace

ImportDialog::ImportDialog(std::shared_ptr<Database> db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Import inventory"));
    resize(720, 520);
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    fileRow->addWidget(m_path, 1);
    auto* browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_format = new QComboBox(this);
    m_format->addItem(tr("Ansible inventory (INI)"), QStringLiteral("ansible-ini"));
    m_format->addItem(tr("Ansible inventory (YAML)"), QStringLiteral("ansible-yaml"));
    m_format->addItem(tr("OpenSSH ssh_config"), QStringLiteral("ssh-config"));
    m_format->addItem(tr("CSV (name,address,port,pool,node_path)"), QStringLiteral("csv"));
    m_format->addItem(tr("Opsdeck JSON"), QStringLiteral("json"));
    form->addRow(tr("Format:"), m_format);
    layout->addLayout(form);
    m_summary = new QLabel(tr("Choose a file and press Preview to see what the import would do."), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_changes = new QTreeWidget(this);
    m_changes->setColumnCount(4);
    m_changes->setHeaderLabels({tr("Action"), tr("Entity"), tr("Name"), tr("Fields")});
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    layout->addWidget(m_changes, 1);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setEnabled(false);
    m_cancelButton = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancelButton->setToolTip(tr("Stop the import; nothing of it is written"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelApply);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Inventory file"));
        if (!file.isEmpty())
            setFile(file);
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_plan.reset();
        m_applyButton->setEnabled(false);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_plan.reset();
        m_applyButton->setEnabled(false);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList ImportDialog::formats()
{
    return {QStringLiteral("ansible-ini"), QStringLiteral("ansible-yaml"), QStringLiteral("ssh-config"),
            QStringLiteral("csv"), QStringLiteral("json")};
}

QString ImportDialog::guessFormat(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString base = QFileInfo(fileName).fileName().toLower();
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml"))
        return QStringLiteral("ansible-yaml");
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("csv");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("json");
    if (base == QLatin1String("config") || base.contains(QLatin1String("ssh")))
        return QStringLiteral("ssh-config");
    return QStringLiteral("ansible-ini");
}

Result<InventoryDocument> ImportDialog::parse(const QString& format, const QByteArray& bytes,
                                              const QString& fileName)
{
    if (format == QLatin1String("ansible-ini"))
        return parseAnsibleIni(bytes, fileName);
    if (format == QLatin1String("ansible-yaml"))
        return parseAnsibleYaml(bytes, fileName);
    if (format == QLatin1String("ssh-config"))
        return parseSshConfig(bytes, fileName);
    if (format == QLatin1String("csv"))
        return parseInventoryCsv(bytes, fileName);
    if (format == QLatin1String("json"))
        return parseInventoryJson(bytes, fileName);
    return Error::usage(tr("unknown import format '%1'").arg(format));
}

void ImportDialog::setFile(const QString& path, const QString& format)
{
    m_path->setText(path);
    const QString f = format.isEmpty() ? guessFormat(path) : format;
    m_format->setCurrentIndex(std::max(0, m_format->findData(f)));
    m_plan.reset();
    m_applyButton->setEnabled(false);
}

void ImportDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && m_plan && m_plan->hasChanges());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ImportDialog::preview()
{
    const QString path = m_path->text().trimmed();
    const QString format = m_format->currentData().toString();
    m_banner->hide();
    m_plan.reset();
    m_doc.reset();
    setBusy(true);
    m_summary->setText(tr("Reading %1…").arg(path));
    auto db = m_db;
    runAsync<Previewed>(
        this,
        [db, path, format]() -> Result<Previewed> {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error::notFound(tr("cannot read %1: %2").arg(path, f.errorString()));
            auto doc = parse(format, f.readAll(), QFileInfo(path).fileName());
            if (!doc.ok())
                return doc.error();
            InventoryWriter writer(db);
            auto plan = InventoryApplier(writer).plan(*doc);
            if (!plan.ok())
                return plan.error();
            return Previewed{std::move(doc.value()), std::move(plan.value())};
        },
        [this](Result<Previewed> result) {
            if (!result.ok()) {
                m_summary->setText(tr("Nothing will be imported."));
                m_changes->clear();
                m_banner->showError(result.error().message);
                setBusy(false);
                emit failed(result.error().message);
                return;
            }
            m_doc = std::move(result->doc);
            m_plan = result->plan;
            showPlan(*m_plan);
            setBusy(false);
            emit previewReady();
        });
}

void ImportDialog::showPlan(const ImportPlan& plan)
{
    auto line = [](const QString& what, const ImportCounts& c) {
        return tr("%1: %2 to add, %3 to change, %4 left as they are")
            .arg(what)
            .arg(c.added)
            .arg(c.changed)
            .arg(c.unchanged);
    };
    QStringList lines{line(tr("Nodes"), plan.nodes), line(tr("Machines"), plan.machines),
                      line(tr("Bindings"), plan.bindings)};
    if (plan.poolsAdded > 0)
        lines << tr("%n new pool(s)", nullptr, plan.poolsAdded);
    if (!plan.hasChanges())
        lines << tr("The inventory already holds everything in this file: nothing to apply.");
    for (const QString& w : plan.warnings)
        lines << tr("Warning: %1").arg(w.toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_changes->clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(plan.changes.size());
    for (const ImportChange& c : plan.changes)
        items << new QTreeWidgetItem(QStringList{c.action == QLatin1String("add") ? tr("add") : tr("change"),
                                                 c.entity, c.id, c.fields.join(QStringLiteral(", "))});
    m_changes->addTopLevelItems(items);
}

void ImportDialog::apply()
{
    if (!m_doc || !m_plan)
        return;
    setBusy(true);
    m_relay = ProgressRelay::create();
    connect(
        m_relay.get(), &ProgressRelay::progress, this,
        [this](qint64 done, qint64 total) {
            if (!m_relay || total <= 0)
                return;
            m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
            m_progress->setValue(int(std::min<qint64>(done, m_progress->maximum())));
            m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
        },
        Qt::QueuedConnection);
    m_progress->setRange(0, 0); // busy until the first step: planning inside the transaction
    m_progress->setFormat(tr("Planning…"));
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    auto db = m_db;
    const InventoryDocument doc = *m_doc;
    runAsync<ImportPlan>(
        this,
        [db, doc, progress = ProgressRelay::callback(m_relay)]() {
            InventoryWriter writer(db);
            InventoryApplier applier(writer);
            applier.setProgress(progress);
            return applier.apply(doc);
        },
        [this](Result<ImportPlan> result) {
            m_relay.reset();
            m_progress->hide();
            m_cancelButton->hide();
            setBusy(false);
            if (!result.ok()) {
                m_banner->showError(result.error().message);
                emit failed(result.error().message);
                return;
            }
            const ImportCounts t = result->total();
            m_banner->showInfo(tr("Imported: %1 added, %2 changed, %3 unchanged.")
                                   .arg(t.added)
                                   .arg(t.changed)
                                   .arg(t.unchanged));
            m_plan.reset();
            m_applyButton->setEnabled(false);
            emit applied(int(result->changes.size()));
            accept();
        });
}

void ImportDialog::cancelApply()
{
    if (!m_relay)
        return;
    m_relay->cancel();
    m_cancelButton->setEnabled(false);
    m_progress->setFormat(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (m_relay) {
        cancelApply();
        return;
    }
    QDialog::reject();
}

} // namespace opsdeck
