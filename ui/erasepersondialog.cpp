#include "erasepersondialog.h"

#include "../models/storage/database.h"
#include "../models/storage/persondata.h"
#include "../models/storage/personerasure.h"
#include "warningcolour.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubdesk {

namespace {

int rowsOf(const PersonDataSet &data, const char *table)
{
    const PersonDataTable *t = data.table(QString::fromLatin1(table));
    return t ? int(t->rows.size()) : 0;
}

} // namespace

ErasePersonDialog::ErasePersonDialog(Database &db, const QList<QPair<qint64, int>> &people, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_people(people)
{
    setWindowTitle(people.size() == 1 ? tr("Erase this person") : tr("Erase %n people", nullptr, int(people.size())));
    // What there is to erase, counted from the same lists the erasure reads.
    QStringList names;
    int sessions = 0, participations = 0, interactions = 0, vouchers = 0, consents = 0, attachments = 0, audit = 0;
    for (const auto &p : people) {
        PersonDataSet set;
        if (PersonData::collect(db, p.first, false, &set))
            continue;
        names.append(set.label);
        sessions += rowsOf(set, "mentoring_sessions");
        participations += rowsOf(set, "participations");
        interactions += rowsOf(set, "interactions");
        vouchers += rowsOf(set, "vouchers");
        consents += rowsOf(set, "consents");
        attachments += rowsOf(set, "attachments");
        audit += rowsOf(set, "audit_log");
    }
    m_expected = people.size() == 1 ? names.value(0) : tr("erase %1").arg(people.size());

    auto *who = new QLabel(this);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);
    who->setText(names.size() <= 12 ? names.join(QLatin1String(", "))
                                    : names.mid(0, 12).join(QLatin1String(", ")) + tr(" and %n more", nullptr, int(names.size() - 12)));

    auto *what = new QLabel(this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    const QString bullet = QStringLiteral("• ");
    what->setText(
        tr("Erased:") + QLatin1Char('\n') + bullet
        + tr("the name, replaced by a pseudonym such as “Erased person 1a2b3c4d”; e-mail, phones, city, country, "
             "organisation, job title, LinkedIn, availability, biography, notes, expertise areas, languages")
        + QLatin1Char('\n') + bullet
        + tr("%n attached file(s) of the person, with their contents; the notes of the consents", nullptr, attachments)
        + QLatin1Char('\n') + bullet
        + tr("the name, e-mail and phones wherever they were written: sessions, events, interactions, vouchers, other "
             "records' notes, the trash, merges and imports")
        + QLatin1Char('\n') + bullet + tr("the same values in %n line(s) of the audit log, and in the search index", nullptr, audit)
        + QStringLiteral("\n\n") + tr("Kept, so that every report stays the same:") + QLatin1Char('\n') + bullet
        + tr("%1 mentoring session(s), %2 event participation(s), %3 interaction(s), %4 travel voucher(s), %5 consent "
             "record(s): dates, hours, amounts and statuses, linked to the pseudonym; the expert roles and rates")
              .arg(sessions)
              .arg(participations)
              .arg(interactions)
              .arg(vouchers)
              .arg(consents));

    auto *warning = new QLabel(this);
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);
    warning->setText(tr("This cannot be undone. Nothing goes to the trash: the data is gone from this file. Copies made "
                        "before (backups, exports) still hold it."));
    WarningColour::apply(warning);

    auto *prompt = new QLabel(this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    prompt->setText(people.size() == 1 ? tr("To confirm, type the person's name: %1").arg(m_expected)
                                       : tr("To confirm, type: %1").arg(m_expected));
    m_typed = new QLineEdit(this);
    m_typed->setAccessibleName(tr("Confirmation"));
    prompt->setBuddy(m_typed);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *erase = m_buttons->addButton(people.size() == 1 ? tr("Erase for good") : tr("Erase %n people for good", nullptr, int(people.size())),
                                              QDialogButtonBox::DestructiveRole);
    erase->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(erase, &QPushButton::clicked, this, &ErasePersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &ErasePersonDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(what);
    layout->addWidget(warning);
    layout->addSpacing(6);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
    updateButton();
}

void ErasePersonDialog::updateButton()
{
    const bool ok = !m_expected.isEmpty() && m_typed->text().trimmed().compare(m_expected, Qt::CaseInsensitive) == 0
        && !m_db.isReadOnly();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::DestructiveRole)
            b->setEnabled(ok);
    }
}

void ErasePersonDialog::accept()
{
    if (m_typed->text().trimmed().compare(m_expected, Qt::CaseInsensitive) != 0)
        return;
    QStringList failures;
    // Seconds on a large file (every record's text is searched for the name): say it works.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const auto &p : std::as_const(m_people)) {
        ErasureResult result;
        if (Error e = PersonErasure::erase(m_db, p.first, p.second, &result)) {
            failures.append(e.message);
            continue;
        }
        ++m_erased;
    }
    QApplication::restoreOverrideCursor();
    if (!failures.isEmpty()) {
        // Each erasure is whole or nothing: what failed is untouched, and the dialog says why.
        m_problem->setText(QStringLiteral("⚠ ") + failures.join(QLatin1Char('\n')));
        if (m_erased == 0)
            return;
    }
    m_outcome = tr("Erased %n person(s).", nullptr, m_erased)
        + (failures.isEmpty() ? QString() : tr(" %n could not be erased: %1", nullptr, int(failures.size())).arg(failures.join(QLatin1Char(' '))));
    QDialog::accept();
}

} // namespace hubdesk
