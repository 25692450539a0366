#include "dialogs/documentdialog.h"

#include "dialogs/dialogparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace youfu::ui {

DocumentDialog::DocumentDialog(Mode mode, const QList<core::DocumentKind>& kinds, const core::DocumentDraft& initial,
                               Submit submit, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("documentDialog"));
    const QString title = mode == Mode::File     ? tr("File a document")
                          : mode == Mode::Change ? tr("Change a document entry")
                                                 : tr("Correct a verified entry");
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        title,
        mode == Mode::Correct ? tr("The verified entry stays as it is; the correction replaces it once a section chief verifies it.")
                              : tr("The entry counts once a second person (section chief) has verified it."),
        this));
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const core::DocumentKind& k : kinds)
        m_kind->addItem(k.name, k.code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(initial.kindCode)));
    m_title = new QLineEdit(initial.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_pages = new QSpinBox(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setRange(1, 9999);
    m_pages->setValue(initial.pages);
    m_dateKnown = new QCheckBox(tr("Date known"), this);
    m_dateKnown->setObjectName(QStringLiteral("dateKnown"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("documentDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(initial.documentDate.isValid() ? initial.documentDate : QDate::currentDate());
    m_dateKnown->setChecked(initial.documentDate.isValid());
    m_date->setEnabled(m_dateKnown->isChecked());
    connect(m_dateKnown, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateKnown);
    dateRow->addWidget(m_date, 1);
    m_note = new QLineEdit(initial.note, this);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Pages:"), m_pages);
    form->addRow(tr("Date:"), dateRow);
    form->addRow(tr("&Note:"), m_note);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    if (mode == Mode::Correct)
        form->addRow(tr("&Reason for the correction:"), m_reason);
    else
        m_reason->hide();
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Correct ? tr("File correction") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

core::DocumentDraft DocumentDialog::draft() const
{
    core::DocumentDraft d;
    d.kindCode = m_kind->currentData().toString();
    d.title = m_title->text().trimmed();
    d.pages = m_pages->value();
    d.documentDate = m_dateKnown->isChecked() ? m_date->date() : QDate();
    d.note = m_note->text().trimmed();
    return d;
}

void DocumentDialog::accept()
{
    const core::Status s = m_submit ? m_submit(draft(), m_reason->text().trimmed()) : core::Status::success();
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
