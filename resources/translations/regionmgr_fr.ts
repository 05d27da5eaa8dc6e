<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppContext</name>
    <message>
        <source>The disk is full: this change could not be saved. Everything saved before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is read-only: this change could not be saved. Everything saved before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved ({0}). Everything saved before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The backup just taken looks wrong: {0}. Older backups were kept, none was deleted. If you did not remove this data yourself, open File &gt; Backups to restore an earlier copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatusButton</name>
    <message>
        <source>Backups of your data; click to see them or restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (last attempt failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country notes, contacts, local time and holidays are coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryChoiceModel</name>
    <message>
        <source>{0} ({1}) — already in the region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryHeader</name>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country&apos;s IANA time zone; pick one of its zones or type another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No country selected&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Local time:&lt;/b&gt; {0} (UTC{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;● Inside working hours&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;● Outside working hours&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next public holidays:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next public holidays:&lt;/b&gt; none known for this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change working hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryListModel</name>
    <message>
        <source>{0} local time: working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} local time: outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Region Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Region Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone you are in now; click to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved locally in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone you are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Region Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Region Manager {0}&lt;/h3&gt;&lt;p&gt;One place for a regional manager&apos;s requests, countries, weekly meeting and time.&lt;/p&gt;&lt;p&gt;Works offline. Your data stays on this computer, in {1}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not a web or e-mail address and was not opened:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address?

{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly video meeting and its invites are coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteKinds</name>
    <message>
        <source>Cultural context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — refresh due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure has not been reviewed for {0} days or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures not reviewed for this long are marked “refresh due”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh procedures after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, - list, **bold**, [link](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the rendered view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark note reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenTasksModel</name>
    <message>
        <source>Open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag tasks between the quadrants to change their urgent and important flags. A deadline within two working days of the task&apos;s country also makes a task urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantModel</name>
    <message>
        <source>Part of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” stays urgent ({1}): a close deadline makes a task urgent whatever its flag. Change its due date to move it out of the urgent quadrants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantView</name>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureBar</name>
    <message>
        <source>New task (Ctrl+N), e.g. “FR urgent payroll question by friday” or “DE rappel procédure vendredi prochain @Anna”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a country code or name. Markers: urgent, important (or ! and *, !! for both). @Name for the requester. End with a due date in English or French (friday, demain 14h, 3 déc., in 2 weeks). Enter creates the task; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “{0}”. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country, urgent/important, @requester and a due date are understood in English and French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be created: write what the task is, not only its country, markers and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be created: “{0}” is not a date that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be created: {0} ({1}) is not one of your countries. Add it on the Countries page, or leave the code out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} your time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one task list for every request from every country is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time shares per country and the handover dossier are coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Region Manager&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request from every country in one list, what to know about each country, the weekly meeting with your correspondents, and a fair account of your time.

Everything stays on this computer and works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the sample region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France, Germany, Morocco, the United Arab Emirates and Poland, with notes, contacts, tasks and a weekly meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The data folder can&apos;t be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region Manager is already running on {0}, and does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.ctx</name>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder {0} is inside {1}. Sync tools copy a database and its journal separately, which can damage it. Move the data folder out of the synced folder (backups can go there instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder {0} is on a network drive ({1}). Network drives can damage a database that is in use. Keep the data folder on this computer&apos;s own disk (backups can go to the network drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
