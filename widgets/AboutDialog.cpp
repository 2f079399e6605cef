#include "AboutDialog.h"

#include "util/Versions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace opsdeck {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Opsdeck"));

    auto* intro = new QLabel(tr("<h3>Opsdeck</h3><p>An operations console for SREs: the fleet, its metrics, "
                                "its health and its deployments in one window.</p>"),
                             this);
    intro->setWordWrap(true);

    QString rows;
    QStringList plain;
    for (const auto& [name, version] : libraryVersions()) {
        const QString shown = version.isEmpty() ? tr("unknown") : version;
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(name.toHtmlEscaped(), shown.toHtmlEscaped());
        plain << name + QLatin1Char(' ') + shown;
    }
    m_versionsText = plain.join(QLatin1Char('\n'));
    auto* versions = new QLabel(tr("<p>Built with:</p><table>%1</table>").arg(rows), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace opsdeck
