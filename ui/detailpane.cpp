#include "detailpane.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/plaintext.h"
#include "../models/io/duplicatefinder.h"
#include "../models/storage/consentrepository.h"
#include "../models/storage/database.h"
#include "../models/storage/personerasure.h"
#include "../models/storage/participationrepository.h"
#include "../models/storage/repositories.h"
#include "addparticipantsdialog.h"
#include "conflictdialog.h"
#include "consentdialog.h"
#include "erasepersondialog.h"
#include "persondataexport.h"
#include "recordcommands.h"
#include "recordform.h"
#include "relatedlist.h"
#include "savecopyprompt.h"
#include "voucherpanel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubdesk {

DetailPane::DetailPane(Database &db, EntityType type, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_type(type)
    , m_undo(undo)
    , m_repository(Repositories::create(db, type))
    , m_loaded(type)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);

    m_form = new RecordForm(db, type, this);
    // The form keeps its natural height; spare room goes below it, not between its rows.
    auto *holder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_form);
    holderLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes from the tab bar straight to the first field (a focused field scrolls into view).
    scroll->setFocusPolicy(Qt::NoFocus);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scroll, tr("Details"));
    for (const Relation &relation : Relation::of(type)) {
        auto *list = new RelatedList(db, relation, m_tabs);
        m_related.append(list);
        m_tabs->addTab(list, relation.translatedTitle());
        connect(list, &RelatedList::openRequested, this, &DetailPane::openRequested);
        connect(list, &RelatedList::addParticipantsRequested, this, &DetailPane::addParticipants);
        connect(list, &RelatedList::addConsentRequested, this, &DetailPane::addConsent);
        connect(list, &RelatedList::withdrawConsentRequested, this, &DetailPane::withdrawConsentOf);
    }

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setToolTip(tr("Forget the changes not saved yet"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    if (type == EntityType::Person) {
        // The duties that come with personal data, beside the person's name.
        m_personal = new QToolButton(this);
        m_personal->setText(tr("Personal data"));
        m_personal->setPopupMode(QToolButton::InstantPopup);
        m_personal->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *menu = new QMenu(m_personal);
        QAction *exportAction = menu->addAction(tr("&Export everything about this person…"));
        exportAction->setObjectName(QStringLiteral("exportPerson"));
        connect(exportAction, &QAction::triggered, this, &DetailPane::exportPerson);
        menu->addSeparator();
        QAction *eraseAction = menu->addAction(tr("E&rase this person…"));
        eraseAction->setObjectName(QStringLiteral("erasePerson"));
        connect(eraseAction, &QAction::triggered, this, &DetailPane::erasePerson);
        m_personal->setMenu(menu);
        auto *titleRow = new QHBoxLayout;
        titleRow->addWidget(m_title, 1);
        titleRow->addWidget(m_personal, 0, Qt::AlignTop);
        layout->addLayout(titleRow);
        layout->addWidget(m_subtitle);
        m_consent = new QLabel(this);
        m_consent->setTextFormat(Qt::PlainText);
        m_consent->setWordWrap(true);
        layout->addWidget(m_consent);
    } else {
        layout->addWidget(m_title);
        layout->addWidget(m_subtitle);
    }
    if (type == EntityType::Consent) {
        m_withdraw = new QPushButton(tr("&Withdraw consent today"), this);
        m_withdraw->setToolTip(tr("Record that the person withdrew this consent today (sets “Withdrawn on”)"));
        buttons->insertWidget(0, m_withdraw);
        connect(m_withdraw, &QPushButton::clicked, this, &DetailPane::withdrawConsent);
    }
    if (type == EntityType::Voucher) {
        m_voucher = new VoucherPanel(db, this);
        layout->addWidget(m_voucher);
        connect(m_voucher, &VoucherPanel::stepped, this, [this](const Record &v) {
            display(v);
            emit saved(v.id);
            emit statusMessage(tr("Voucher %1 is now %2.")
                                   .arg(v.text(QStringLiteral("number")),
                                        Enums::label(EnumType::VoucherStatus, v.text(QStringLiteral("status"))).toLower()));
        });
        connect(m_voucher, &VoucherPanel::failed, this, [this](const QString &message) {
            QMessageBox box(QMessageBox::Warning, tr("The step was not taken"), message, QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        });
    }
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &DetailPane::save);
    connect(m_revert, &QPushButton::clicked, this, &DetailPane::revert);
    connect(m_form, &RecordForm::submitted, this, &DetailPane::save);
    connect(m_form, &RecordForm::openRequested, this, &DetailPane::openRequested);
    connect(m_form, &RecordForm::modifiedChanged, this, &DetailPane::updateHeader);
    connect(m_form, &RecordForm::modifiedChanged, this, [this] {
        if (m_voucher && m_loaded.id == 0)
            m_voucher->setVoucher(m_form->record());
    });
    startNew();
}

DetailPane::~DetailPane() = default;

bool DetailPane::isModified() const
{
    return m_form->isModified();
}

QString DetailPane::labelOf(const Record &r)
{
    for (const char *key : {"name", "title", "number", "purpose", "subject", "file_name"}) {
        const QString text = r.text(QString::fromLatin1(key));
        if (!text.trimmed().isEmpty())
            return text.left(80);
    }
    const QString person = (r.text(QStringLiteral("first_name")) + QLatin1Char(' ') + r.text(QStringLiteral("last_name"))).trimmed();
    if (!person.isEmpty())
        return person;
    return QStringLiteral("#%1").arg(r.id);
}

void DetailPane::display(const Record &record)
{
    m_loaded = record;
    m_form->setRecord(record);
    m_form->setReadOnly(m_db.isReadOnly());
    for (RelatedList *list : std::as_const(m_related)) {
        const QString key = list->relation().parentKey;
        list->setParentValue(record.id, key == QLatin1String("id") ? QVariant(record.id) : record.value(key));
    }
    for (int i = 0; i < m_related.size(); ++i)
        m_tabs->setTabEnabled(i + 1, record.id > 0);
    if (m_voucher)
        m_voucher->setVoucher(record);
    updatePersonalData();
    updateHeader();
}

void DetailPane::updatePersonalData()
{
    m_erased = false;
    if (m_type == EntityType::Person) {
        const QDateTime erased = m_loaded.id > 0 ? PersonErasure::erasedAt(m_db, m_loaded.id) : QDateTime();
        m_erased = erased.isValid();
        m_personal->setEnabled(m_loaded.id > 0);
        const QList<QAction *> actions = m_personal->menu()->actions();
        for (QAction *a : actions) {
            if (a->objectName() == QLatin1String("erasePerson"))
                a->setEnabled(!m_erased && !m_db.isReadOnly());
        }
        if (m_loaded.id <= 0) {
            m_consent->clear();
        } else if (m_erased) {
            m_consent->setText(tr("Erased on %1: the personal data is gone; the record stays so that the reports stay the same.")
                                   .arg(QLocale().toString(erased.toLocalTime(), QLocale::ShortFormat)));
        } else {
            const ConsentStatus status = ConsentRepository(m_db).statusOf(m_loaded.id);
            if (status.given.isEmpty() && status.withdrawn.isEmpty())
                m_consent->setText(tr("Consent: none recorded."));
            else if (status.withdrawn.isEmpty())
                m_consent->setText(tr("Consent given for: %1.").arg(status.given.join(QLatin1String("; "))));
            else if (status.given.isEmpty())
                m_consent->setText(tr("Consent withdrawn for: %1 (no consent standing).").arg(status.withdrawn.join(QLatin1String("; "))));
            else
                m_consent->setText(tr("Consent given for: %1 · withdrawn for: %2.")
                                       .arg(status.given.join(QLatin1String("; ")), status.withdrawn.join(QLatin1String("; "))));
        }
        if (m_erased)
            m_form->setReadOnly(true);
    }
    if (m_withdraw)
        m_withdraw->setEnabled(m_loaded.id > 0 && !m_db.isReadOnly()
                               && !m_loaded.date(QStringLiteral("withdrawn_on")).isValid());
}

void DetailPane::exportPerson()
{
    if (m_loaded.id <= 0)
        return;
    const QString path = PersonDataExport::run(m_db, m_loaded.id, this);
    if (!path.isEmpty())
        emit statusMessage(tr("Wrote everything about “%1” to %2.").arg(viewLabel(m_loaded), QDir::toNativeSeparators(path)));
}

ErasePersonDialog *DetailPane::erasePersonDialog() const
{
    return m_eraseDialog.data();
}

void DetailPane::erasePerson()
{
    if (m_loaded.id <= 0 || m_erased || m_db.isReadOnly())
        return;
    if (m_form->isModified()) {
        emit statusMessage(tr("Save or revert the changes first."));
        return;
    }
    auto *dialog = new ErasePersonDialog(m_db, {{m_loaded.id, m_loaded.version}}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_eraseDialog = dialog;
    const qint64 id = m_loaded.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        // Earlier steps on the undo stack could write the erased values back: forget them.
        m_undo->clear();
        Record r;
        if (!m_repository->get(id, &r, true))
            display(r);
        emit statusMessage(dialog->outcome());
        emit saved(id);
    });
    dialog->open();
}

ConsentDialog *DetailPane::consentDialog() const
{
    return m_consentDialog.data();
}

void DetailPane::addConsent(qint64 personId)
{
    if (personId <= 0 || m_db.isReadOnly())
        return;
    auto *dialog = new ConsentDialog(m_db, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_consentDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Record consent = dialog->saved();
        m_undo->push(new CreateRecordCommand(m_db, consent, consent.text(QStringLiteral("purpose"))));
        for (RelatedList *list : std::as_const(m_related))
            list->refresh();
        updatePersonalData();
        emit statusMessage(tr("Consent “%1” recorded.").arg(consent.text(QStringLiteral("purpose"))));
    });
    dialog->open();
}

bool DetailPane::withdrawConsentOf(qint64 consentId)
{
    ConsentRepository consents(m_db);
    Record before;
    Record updated;
    const Error e = withRetry([&] {
        if (Error g = consents.get(consentId, &before))
            return g;
        return consents.withdraw(consentId, before.version, QDate::currentDate(), &updated);
    });
    if (e) {
        showError(e);
        return false;
    }
    m_undo->push(new UpdateRecordCommand(m_db, before, updated, updated.text(QStringLiteral("purpose"))));
    for (RelatedList *list : std::as_const(m_related))
        list->refresh();
    updatePersonalData();
    emit statusMessage(tr("Consent “%1” withdrawn today.").arg(updated.text(QStringLiteral("purpose"))));
    return true;
}

bool DetailPane::withdrawConsent()
{
    if (!m_withdraw || m_loaded.id <= 0 || m_form->isModified())
        return false;
    Record updated;
    const Record before = m_loaded;
    const Error e = withRetry([&] {
        return ConsentRepository(m_db).withdraw(m_loaded.id, m_loaded.version, QDate::currentDate(), &updated);
    });
    if (e) {
        showError(e);
        return false;
    }
    m_undo->push(new UpdateRecordCommand(m_db, before, updated, viewLabel(updated)));
    display(updated);
    emit statusMessage(tr("Consent “%1” withdrawn today.").arg(updated.text(QStringLiteral("purpose"))));
    emit saved(updated.id);
    return true;
}

QString DetailPane::viewLabel(const Record &record) const
{
    if (record.id <= 0)
        return labelOf(record);
    // The list view knows labels a record does not hold itself (a startup's is its organisation's name).
    ListQuery q;
    q.filters = {Filter::equals(QStringLiteral("id"), record.id)};
    q.limit = 1;
    const RowSet rows = m_repository->list(q);
    const QString label = rows.rows.isEmpty() ? QString() : rows.value(0, QStringLiteral("label")).toString();
    return label.isEmpty() ? labelOf(record) : label;
}

void DetailPane::updateHeader()
{
    const EntityInfo &info = Entities::info(m_type);
    const bool modified = m_form->isModified();
    if (m_loaded.id == 0) {
        m_title->setText(tr("New %1").arg(info.singularLabel().toLower()));
        m_subtitle->setText(tr("Not saved yet"));
    } else {
        m_title->setText(viewLabel(m_loaded));
        m_subtitle->setText(tr("%1 · version %2 · last changed %3")
                                .arg(info.singularLabel())
                                .arg(m_loaded.version)
                                .arg(QLocale().toString(m_loaded.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (modified)
        m_subtitle->setText(m_subtitle->text() + tr(" · changed, not saved"));
    m_save->setEnabled(!m_db.isReadOnly() && (modified || m_loaded.id == 0));
    m_revert->setEnabled(modified);
}

bool DetailPane::confirmLeave()
{
    if (!m_form->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved.").arg(PlainText::isolated(viewLabel(m_form->record()))),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

bool DetailPane::showRecord(qint64 id)
{
    if (id == m_loaded.id && id > 0)
        return true;
    if (!confirmLeave())
        return false;
    Record r;
    if (Error e = m_repository->get(id, &r)) {
        emit statusMessage(e.message);
        return true;
    }
    display(r);
    return true;
}

bool DetailPane::startNew()
{
    if (!confirmLeave())
        return false;
    Record r(m_type);
    // Sensible starting values for the enumerations a new record must have, and today.
    const QVariantHash defaults = Entities::defaults(m_type);
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        r.setValue(it.key(), it.value());
    if (m_type == EntityType::Session) {
        r.setValue(QStringLiteral("session_date"), QDate::currentDate());
        r.setValue(QStringLiteral("duration_minutes"), 60);
    } else if (m_type == EntityType::Voucher) {
        r.setValue(QStringLiteral("requested_on"), QDate::currentDate());
    } else if (m_type == EntityType::Interaction) {
        r.setValue(QStringLiteral("occurred_on"), QDate::currentDate());
        r.setValue(QStringLiteral("staff"), m_db.actor());
    }
    display(r);
    return true;
}

void DetailPane::revert()
{
    display(m_loaded);
}

void DetailPane::reload()
{
    if (m_form->isModified())
        return; // never throw away what the user is typing
    if (m_loaded.id == 0)
        return;
    Record r;
    if (m_repository->get(m_loaded.id, &r)) {
        startNew(); // it went to the trash (an undo, or another window)
        return;
    }
    display(r);
}

Error DetailPane::withRetry(const std::function<Error()> &write)
{
    for (;;) {
        const Error e = write();
        if (e.code != Error::Code::Busy)
            return e;
        // Another program held the file for longer than the busy timeout: ask, do not fail.
        // The message names the file and, where the system tells, the program holding it.
        QMessageBox box(QMessageBox::Warning, tr("The file is busy"),
                        tr("%1\n\nWhat you entered is still in the form: Retry saves it.").arg(e.message),
                        QMessageBox::Retry | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Retry);
        if (box.exec() != QMessageBox::Retry)
            return e;
    }
}

void DetailPane::showError(const Error &error)
{
    if (error.code == Error::Code::Validation) {
        m_form->showProblems(error.problems);
        emit statusMessage(tr("Not saved: %1").arg(error.problems.value(0).toString()));
        return;
    }
    if (error.code == Error::Code::Io && !m_db.isFileStillThere()) {
        // Deleted or moved while open: the way to keep the work is a copy elsewhere.
        SaveCopyPrompt::warnFileGone(this, m_db, error.message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Not saved"), error.message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool DetailPane::save()
{
    if (m_db.isReadOnly())
        return false;
    const Problems problems = m_form->currentProblems();
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        emit statusMessage(tr("Not saved: %1").arg(problems.first().toString()));
        return false;
    }
    Record record = m_form->record();
    return record.id == 0 ? saveNew(record) : saveChanges(record);
}

bool DetailPane::saveNew(Record record)
{
    if (Error e = withRetry([&] { return m_repository->create(record); })) {
        showError(e);
        return false;
    }
    const QString label = viewLabel(record);
    m_undo->push(new CreateRecordCommand(m_db, record, label));
    // A new stakeholder or person that looks like one already there: said, not refused,
    // so that entering people at the door of an event is never held up.
    QString why;
    const qint64 twin = DuplicateFinder::likely(m_db, record, &why);
    Record other;
    if (twin > 0 && !m_repository->get(twin, &other))
        emit statusMessage(tr("Saved “%1”. It looks like “%2”, which is already there (%3): Edit → Find duplicates "
                              "merges them.")
                               .arg(PlainText::isolated(label), PlainText::isolated(viewLabel(other)), why));
    else
        emit statusMessage(tr("Saved “%1”.").arg(PlainText::isolated(label)));
    emit saved(record.id);
    if (m_quickEntry) {
        m_form->setModified(false); // saved: starting the next record has nothing to ask
        startNew();
        m_form->focusFirstField();
    } else {
        display(record);
    }
    return true;
}

bool DetailPane::saveChanges(Record record)
{
    const Record before = m_loaded;
    for (;;) {
        const Error e = withRetry([&] { return m_repository->update(record); });
        if (!e)
            break;
        if (e.code != Error::Code::Conflict) {
            showError(e);
            return false;
        }
        Record stored;
        if (Error gone = m_repository->get(record.id, &stored)) {
            showError(gone);
            return false;
        }
        Record merged;
        const bool resolved = m_resolver ? m_resolver(before, record, stored, &merged) : [&] {
            ConflictDialog dialog(m_db, before, record, stored, this);
            const bool ok = dialog.exec() == QDialog::Accepted;
            if (ok)
                merged = dialog.merged();
            return ok;
        }();
        if (!resolved) {
            emit statusMessage(tr("Not saved: the record was changed by someone else."));
            return false;
        }
        record = merged; // carries the stored version: the next save checks against it
    }
    const QString label = viewLabel(record);
    m_undo->push(new UpdateRecordCommand(m_db, before, record, label));
    emit statusMessage(tr("Saved “%1”.").arg(PlainText::isolated(label)));
    display(record);
    emit saved(record.id);
    return true;
}

void DetailPane::addParticipants(qint64 eventId)
{
    if (eventId <= 0 || m_db.isReadOnly())
        return;
    AddParticipantsDialog dialog(m_db, viewLabel(m_loaded), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    ParticipationRepository repo(m_db);
    int added = 0;
    int skipped = 0;
    if (Error e = withRetry([&] { return repo.addMany(eventId, dialog.chosen(), dialog.role(), &added, &skipped); })) {
        showError(e);
        return;
    }
    emit statusMessage(tr("Added %n participant(s)", nullptr, added)
                       + (skipped ? tr("; %n already registered in that role", nullptr, skipped) : QString()));
    display(m_loaded);
}

} // namespace hubdesk
