#include "consentdialog.h"

#include "../models/storage/consentrepository.h"
#include "../models/storage/database.h"
#include "fieldeditor.h"
#include "recordform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace hubdesk {

ConsentDialog::ConsentDialog(Database &db, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_saved(EntityType::Consent)
{
    setWindowTitle(tr("Add a consent"));
    m_form = new RecordForm(db, EntityType::Consent, this);
    Record consent(EntityType::Consent);
    consent.setValue(QStringLiteral("person_id"), personId);
    consent.setValue(QStringLiteral("given_on"), QDate::currentDate());
    m_form->setRecord(consent);
    // The consent is the shown person's: not to be changed here; typing starts at the purpose.
    if (FieldEditor *person = m_form->editor(QStringLiteral("person_id")))
        person->setReadOnly(true);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &RecordForm::submitted, this, &ConsentDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    if (FieldEditor *purpose = m_form->editor(QStringLiteral("purpose")))
        purpose->setFocus();
}

void ConsentDialog::accept()
{
    const Problems problems = m_form->currentProblems();
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        m_problem->setText(QStringLiteral("⚠ ") + problems.first().toString());
        return;
    }
    Record consent = m_form->record();
    if (Error e = ConsentRepository(m_db).create(consent)) {
        if (e.code == Error::Code::Validation)
            m_form->showProblems(e.problems);
        m_problem->setText(QStringLiteral("⚠ ") + (e.code == Error::Code::Validation ? e.problems.value(0).toString() : e.message));
        return;
    }
    m_saved = consent;
    QDialog::accept();
}

} // namespace hubdesk
