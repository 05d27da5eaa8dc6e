<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddCountryDialog</name>
    <message>
        <source>Add a country</source>
        <translation>Ajouter un pays</translation>
    </message>
    <message>
        <source>Type a country name…</source>
        <translation>Tapez le nom d&apos;un pays…</translation>
    </message>
</context>
<context>
    <name>AgreedShareDelegate</name>
    <message>
        <source>The share of your time agreed for this country, 0 to 100 % (—: not agreed)</source>
        <translation>La part de votre temps convenue pour ce pays, de 0 à 100 % (— : non convenue)</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The disk is full: this change could not be saved. Everything saved before it is intact.</source>
        <translation>Le disque est plein&#xa0;: cette modification n&apos;a pas pu être enregistrée. Tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <source>The data folder is read-only: this change could not be saved. Everything saved before it is intact.</source>
        <translation>Le dossier de données est en lecture seule&#xa0;: cette modification n&apos;a pas pu être enregistrée. Tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <source>This change could not be written to the disk (it may be full, removed or failing). Everything saved before it is intact.</source>
        <translation>Cette modification n&apos;a pas pu être écrite sur le disque (plein, retiré ou défaillant&#xa0;?). Tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <source>This change could not be saved ({0}). Everything saved before it is intact.</source>
        <translation>Cette modification n&apos;a pas pu être enregistrée ({0}). Tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <source>This change could not be made: {0}</source>
        <translation>Cette modification n&apos;a pas pu être effectuée&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>au démarrage</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>par vous</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>{0}, earlier version</source>
        <translation>{0}, version antérieure</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The backup just taken looks wrong: {0}. Older backups were kept, none was deleted. If you did not remove this data yourself, open File &gt; Backups to restore an earlier copy.</source>
        <translation>La sauvegarde qui vient d&apos;être faite semble anormale&#xa0;: {0}. Les sauvegardes précédentes ont été conservées, aucune n&apos;a été supprimée. Si vous n&apos;avez pas supprimé ces données vous-même, ouvrez Fichier &gt; Sauvegardes pour restaurer une copie antérieure.</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}</source>
        <translation>La sauvegarde n&apos;a pas pu être faite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <source>Last backup: {0}, later than this computer&apos;s clock (check its date and time)</source>
        <translation>Dernière sauvegarde&#xa0;: {0}, date postérieure à l&apos;horloge de cet ordinateur (vérifiez sa date et son heure)</translation>
    </message>
    <message>
        <source>Last backup: just now</source>
        <translation>Dernière sauvegarde&#xa0;: à l&apos;instant</translation>
    </message>
    <message>
        <source>Last backup: {0} min ago</source>
        <translation>Dernière sauvegarde&#xa0;: il y a {0} min</translation>
    </message>
    <message>
        <source>Last backup: {0} h ago</source>
        <translation>Dernière sauvegarde&#xa0;: il y a {0} h</translation>
    </message>
    <message>
        <source>Last backup: {0} days ago</source>
        <translation>Dernière sauvegarde&#xa0;: il y a {0} jours</translation>
    </message>
</context>
<context>
    <name>BackupStatusButton</name>
    <message>
        <source>Backups of your data; click to see them or restore one</source>
        <translation>Sauvegardes de vos données&#xa0;; cliquez pour les voir ou en restaurer une</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>{0}

Your data is not backed up until this is fixed. Open File &gt; Backups to see the backup folder or choose another one.</source>
        <translation>{0}

Vos données ne sont pas sauvegardées tant que ce problème n&apos;est pas réglé. Ouvrez Fichier &gt; Sauvegardes pour voir le dossier des sauvegardes ou en choisir un autre.</translation>
    </message>
    <message>
        <source>{0} (last attempt failed)</source>
        <translation>{0} (la dernière tentative a échoué)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backup yet. One is taken at every start, every 30 minutes while you work, and when you quit.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Une sauvegarde est faite à chaque démarrage, toutes les 30 minutes pendant que vous travaillez et quand vous quittez.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Changer de dossier…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Utiliser le dossier par défaut</translation>
    </message>
    <message>
        <source>New backups go to {0}.</source>
        <translation>Les nouvelles sauvegardes vont dans {0}.</translation>
    </message>
    <message>
        <source>The chosen folder {0} can&apos;t be written to now (drive not connected?).</source>
        <translation>Impossible d&apos;écrire pour l&apos;instant dans le dossier choisi {0} (lecteur non connecté&#xa0;?).</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace your current data with the backup of {0}?

Your current file is kept aside first (in the “replaced” folder beside it), so this can be reversed.</source>
        <translation>Remplacer vos données actuelles par la sauvegarde du {0}&#xa0;?

Votre fichier actuel est d&apos;abord mis de côté (dans le dossier «&#xa0;replaced&#xa0;» à côté de lui)&#xa0;: l&apos;opération est donc réversible.</translation>
    </message>
    <message>
        <source>The backup was not restored: {0}. Your data was not changed.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: {0}. Vos données n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <source>The backup could not be opened: {0}</source>
        <translation>La sauvegarde n&apos;a pas pu être ouverte&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The backup was restored. The data you had before is kept in {0}.</source>
        <translation>La sauvegarde a été restaurée. Vos données précédentes sont conservées dans {0}.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Not recorded</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>ColleagueModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Language codes, separated by commas (e.g. fr, en, ar)</source>
        <translation>Codes de langue, séparés par des virgules (par ex. fr, en, ar)</translation>
    </message>
    <message>
        <source>Words found in the tasks they can take, separated by commas</source>
        <translation>Mots présents dans les tâches qu’il ou elle peut prendre, séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>People you can hand tasks to. The Time page suggests first those who speak the country&apos;s language, then those whose skills appear in the task, then the least busy. Double-click a cell to change it: it is saved at once.</source>
        <translation>Les personnes à qui vous pouvez confier des tâches. La page Temps propose d’abord celles qui parlent la langue du pays, puis celles dont les compétences apparaissent dans la tâche, puis les moins chargées. Double-cliquez sur une cellule pour la modifier : c’est enregistré aussitôt.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit colleague</source>
        <translation>Modifier un collègue</translation>
    </message>
    <message>
        <source>New colleague</source>
        <translation>Nouveau collègue</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>Ajouter un collègue</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n colleague(s)</source>
        <translation>
            <numerusform>Supprimer %n collègue</numerusform>
            <numerusform>Supprimer %n collègues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to anything</source>
        <translation>Aller à…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a command, task, country or note…</source>
        <translation>Tapez une commande, une tâche, un pays ou une note…</translation>
    </message>
    <message>
        <source>Search commands, tasks, countries and notes</source>
        <translation>Rechercher des commandes, tâches, pays et notes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Nothing matches. Try another word.</source>
        <translation>Aucun résultat. Essayez un autre mot.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to go, Esc to close</source>
        <translation>↑ ↓ pour choisir, Entrée pour y aller, Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Préfère</translation>
    </message>
    <message>
        <source>{0} to send</source>
        <translation>{0} à envoyer</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Never got the current version of: {0}</source>
        <translation>N&apos;a jamais reçu la version actuelle de&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Has never received a refresher pack.</source>
        <translation>N&apos;a jamais reçu de rappel des procédures.</translation>
    </message>
    <message>
        <source>{0}: version {1} on {2}{3}</source>
        <translation>{0}&#xa0;: version {1} du {2}{3}</translation>
    </message>
    <message>
        <source> (not the current version)</source>
        <translation> (pas la version actuelle)</translation>
    </message>
    <message>
        <source>Click to write to {0}</source>
        <translation>Cliquez pour écrire à {0}</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>“{0}”: the year must be between {1} and {2}.</source>
        <translation>« {0} » : l’année doit être comprise entre {1} et {2}.</translation>
    </message>
    <message>
        <source>“{0}” does not exist in the calendar.</source>
        <translation>« {0} » n’existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>“{0}” is not a date (try 27/11/2026, 27 nov, vendredi or next friday).</source>
        <translation>« {0} » n’est pas une date (essayez 27/11/2026, 27 nov, vendredi ou vendredi prochain).</translation>
    </message>
    <message>
        <source>Unknown note kind “{0}”.</source>
        <translation>Type de note inconnu&#xa0;: «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>A note needs a title.</source>
        <translation>Une note doit avoir un titre.</translation>
    </message>
    <message>
        <source>This country is no longer in the region.</source>
        <translation>Ce pays ne fait plus partie de la région.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Cette note n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Cette tâche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This value can&apos;t be saved: {0}</source>
        <translation>Cette valeur ne peut pas être enregistrée : {0}</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>A title is at most {limit} characters.</source>
        <translation>Un titre fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters.</source>
        <translation>Un nom fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”.</source>
        <translation>Statut inconnu « {status} ».</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>“{date}” is too far from today: give a date between {first} and {last}.</source>
        <translation>«&#xa0;{date}&#xa0;» est trop loin d’aujourd’hui&#xa0;: indiquez une date entre le {first} et le {last}.</translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation>Une heure d&apos;échéance demande une date d&apos;échéance.</translation>
    </message>
    <message>
        <source>A fixed due time needs a time zone.</source>
        <translation>Une heure d&apos;échéance fixe demande un fuseau horaire.</translation>
    </message>
    <message>
        <source>Say who the task is delegated to.</source>
        <translation>Indiquez à qui la tâche est déléguée.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the absence.</source>
        <translation>Indiquez le premier et le dernier jour de l’absence.</translation>
    </message>
    <message>
        <source>The absence ends before it starts.</source>
        <translation>L’absence se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Say who covers during the absence.</source>
        <translation>Indiquez qui vous remplace pendant l’absence.</translation>
    </message>
    <message>
        <source>“{detail}” is not an e-mail address.</source>
        <translation>«&#xa0;{detail}&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>This time entry no longer exists.</source>
        <translation>Cette saisie de temps n’existe plus.</translation>
    </message>
    <message>
        <source>Choose a task or a country to time.</source>
        <translation>Choisissez une tâche ou un pays à chronométrer.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Cette tâche n’existe plus.</translation>
    </message>
    <message>
        <source>This country no longer exists.</source>
        <translation>Ce pays n’existe plus.</translation>
    </message>
    <message>
        <source>This absence no longer exists.</source>
        <translation>Cette absence n’existe plus.</translation>
    </message>
    <message>
        <source>“{0}” is not a time of day (write 08:15).</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une heure (écrivez 08:15).</translation>
    </message>
    <message>
        <source>Choose a task or a country for this time.</source>
        <translation>Choisissez une tâche ou un pays pour ce temps.</translation>
    </message>
    <message>
        <source>Give the time the work started.</source>
        <translation>Indiquez l’heure à laquelle le travail a commencé.</translation>
    </message>
    <message>
        <source>Times need a time zone.</source>
        <translation>Les heures doivent avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>An entry can&apos;t be longer than 24 hours; split it by day.</source>
        <translation>Une saisie ne peut pas dépasser 24&#xa0;heures&#xa0;; découpez-la par jour.</translation>
    </message>
    <message>
        <source>The end is in the future.</source>
        <translation>La fin est dans le futur.</translation>
    </message>
    <message>
        <source>The start is in the future.</source>
        <translation>Le début est dans le futur.</translation>
    </message>
    <message>
        <source>This time overlaps the running timer ({what}, since {start}). Stop it first; nothing was saved.</source>
        <translation>Ce temps chevauche le chronomètre en cours ({what}, depuis {start}). Arrêtez-le d’abord ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This time overlaps an entry already logged: {what}, {start} – {end}. Change that entry or these times; nothing was saved.</source>
        <translation>Ce temps chevauche une saisie déjà enregistrée : {what}, {start} – {end}. Modifiez cette saisie ou ces horaires ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This protected period no longer exists.</source>
        <translation>Cette période protégée n’existe plus.</translation>
    </message>
    <message>
        <source>“{0}” is not a kind of protected period.</source>
        <translation>« {0} » n’est pas un type de période protégée.</translation>
    </message>
    <message>
        <source>A time of day must be between 00:00 and 24:00.</source>
        <translation>Une heure doit être comprise entre 00:00 et 24:00.</translation>
    </message>
    <message>
        <source>A protected period must end after it starts ({0} is not after {1}).</source>
        <translation>Une période protégée doit finir après son début ({0} n’est pas après {1}).</translation>
    </message>
    <message>
        <source>“{0}” is not a weekday (write e.g. Friday or vendredi).</source>
        <translation>« {0} » n’est pas un jour de la semaine (écrivez par exemple vendredi ou Friday).</translation>
    </message>
    <message>
        <source>Choose the weekday of a weekly period.</source>
        <translation>Choisissez le jour d’une période hebdomadaire.</translation>
    </message>
    <message>
        <source>A dated period needs its first and last dates.</source>
        <translation>Une période datée a besoin d’une première et d’une dernière date.</translation>
    </message>
    <message>
        <source>The period ends before it starts ({0} is before {1}).</source>
        <translation>La période finit avant de commencer ({0} est avant {1}).</translation>
    </message>
    <message>
        <source>Write the answer or decision first.</source>
        <translation>Écrivez d&apos;abord la réponse ou la décision.</translation>
    </message>
    <message>
        <source>This text is {0} characters long; keep it under {1}.</source>
        <translation>Ce texte fait {0} caractères ; restez sous {1}.</translation>
    </message>
    <message>
        <source>This line can&apos;t become a request: write what is asked.</source>
        <translation>Cette ligne ne peut pas devenir une demande : écrivez ce qui est demandé.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes no longer exist.</source>
        <translation>Le compte rendu de la réunion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“{0}” never happens: that month has no such day.</source>
        <translation>« {0} » n’arrive jamais : ce mois n’a pas ce jour-là.</translation>
    </message>
    <message>
        <source>“{0}”: a day of the month goes from 1 to 31.</source>
        <translation>« {0} » : un jour du mois va de 1 à 31.</translation>
    </message>
    <message>
        <source>This repeat rule comes from a newer version of the app; it is kept as it is.</source>
        <translation>Cette règle de répétition vient d’une version plus récente de l’application ; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>This repeat rule can&apos;t be read: “{0}”.</source>
        <translation>Cette règle de répétition est illisible : « {0} ».</translation>
    </message>
    <message>
        <source>“{0}” is not a way a request arrives.</source>
        <translation>« {0} » n’est pas un moyen par lequel une demande arrive.</translation>
    </message>
    <message>
        <source>A note is at most {0} characters.</source>
        <translation>Une note fait au plus {0} caractères.</translation>
    </message>
    <message>
        <source>This colleague no longer exists.</source>
        <translation>Ce collègue n’existe plus.</translation>
    </message>
    <message>
        <source>“{0}” is not a language code (use e.g. fr, en, ar, pt-BR).</source>
        <translation>« {0} » n’est pas un code de langue (utilisez par ex. fr, en, ar, pt-BR).</translation>
    </message>
    <message>
        <source>Give the colleague&apos;s name.</source>
        <translation>Indiquez le nom du collègue.</translation>
    </message>
    <message>
        <source>The name is too long (at most {0} characters).</source>
        <translation>Le nom est trop long ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>“{0}” is not a valid e-mail address.</source>
        <translation>« {0} » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Too many languages.</source>
        <translation>Trop de langues.</translation>
    </message>
    <message>
        <source>An agreed share is between 0 and 100 %.</source>
        <translation>Une part convenue est comprise entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add country…</source>
        <translation>Ajouter un pays…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the country with its notes and contacts (can be undone)</source>
        <translation>Retirer le pays avec ses notes et ses contacts (annulable)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Countries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pays&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No country yet: add the countries of your region.</source>
        <translation>Aucun pays pour l&apos;instant&#xa0;: ajoutez les pays de votre région.</translation>
    </message>
    <message>
        <source>Double-click a task to open it in the task list</source>
        <translation>Double-cliquez sur une tâche pour l&apos;ouvrir dans la liste des tâches</translation>
    </message>
    <message>
        <source>Refresher pack…</source>
        <translation>Rappel des procédures…</translation>
    </message>
    <message>
        <source>Export, print and log the procedures sent to correspondents</source>
        <translation>Exporter, imprimer et consigner les procédures envoyées aux correspondants</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tâches ouvertes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le chrono</translation>
    </message>
    <message>
        <source>Log time for this country (one timer at a time)</source>
        <translation>Chronométrer le temps pour ce pays (un seul chrono à la fois)</translation>
    </message>
    <message>
        <source>Search notes and contacts</source>
        <translation>Rechercher dans les notes et les contacts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open tasks&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Tâches ouvertes&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>Add the countries of your region with “Add country…” (bottom left).</source>
        <translation>Ajoutez les pays de votre région avec «&#xa0;Ajouter un pays…&#xa0;» (en bas à gauche).</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Ajouter {0}</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>Retirer le pays</translation>
    </message>
    <message>
        <source>Remove {0} with its notes and contacts? (Edit &gt; Undo brings it back.)</source>
        <translation>Retirer {0} avec ses notes et ses contacts&#xa0;? (Édition &gt; Annuler le rétablit.)</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
</context>
<context>
    <name>CountryChoiceModel</name>
    <message>
        <source>{0} ({1}) — already in the region</source>
        <translation>{0} ({1}) — déjà dans la région</translation>
    </message>
</context>
<context>
    <name>CountryHeader</name>
    <message>
        <source>Protected times…</source>
        <translation>Périodes protégées…</translation>
    </message>
    <message>
        <source>Lunch breaks, prayer times, short Fridays, Ramadan hours and dated periods: not to call or meet the country then</source>
        <translation>Pauses déjeuner, heures de prière, vendredis courts, horaires du ramadan et périodes datées : ne pas appeler ni réunir le pays à ces moments</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>The country&apos;s IANA time zone; pick one of its zones or type another</source>
        <translation>Le fuseau horaire IANA du pays&#xa0;; choisissez l&apos;un de ses fuseaux ou saisissez-en un autre</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours ouvrés&#xa0;:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No country selected&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun pays sélectionné&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected times:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Périodes protégées :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected times:&lt;/b&gt; none (add a lunch break or prayer time so the time finder and reminders avoid it)</source>
        <translation>&lt;b&gt;Périodes protégées :&lt;/b&gt; aucune (ajoutez une pause déjeuner ou une heure de prière pour que la recherche de créneau et les rappels l’évitent)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local time:&lt;/b&gt; {0} (UTC{1})</source>
        <translation>&lt;b&gt;Heure locale&#xa0;:&lt;/b&gt; {0} (UTC{1})</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;● Inside working hours&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;● Pendant les heures de travail&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;● Outside working hours&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;● En dehors des heures de travail&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next public holidays:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Prochains jours fériés&#xa0;:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next public holidays:&lt;/b&gt; none known for this country</source>
        <translation>&lt;b&gt;Prochains jours fériés&#xa0;:&lt;/b&gt; aucun connu pour ce pays</translation>
    </message>
    <message>
        <source>Ramadan hours</source>
        <translation>Horaires du ramadan</translation>
    </message>
    <message>
        <source>protected period</source>
        <translation>période protégée</translation>
    </message>
    <message>
        <source>● Now: {0} until {1}</source>
        <translation>● En ce moment : {0} jusqu’à {1}</translation>
    </message>
    <message>
        <source>● Now: {0} (no more calls today)</source>
        <translation>● En ce moment : {0} (plus d’appels aujourd’hui)</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Changer le fuseau horaire</translation>
    </message>
    <message>
        <source>Change working days</source>
        <translation>Changer les jours ouvrés</translation>
    </message>
    <message>
        <source>Change working hours</source>
        <translation>Changer les heures de travail</translation>
    </message>
</context>
<context>
    <name>CountryListModel</name>
    <message>
        <source>{0} local time: working hours</source>
        <translation>{0} heure locale&#xa0;: heures de travail</translation>
    </message>
    <message>
        <source>{0} local time: outside working hours</source>
        <translation>{0} heure locale&#xa0;: en dehors des heures de travail</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>Déplacer {0}</translation>
    </message>
</context>
<context>
    <name>CountryMessages</name>
    <message>
        <source>“{0}” is not a known time zone (use a name such as Africa/Casablanca).</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un fuseau horaire connu (utilisez un nom comme Africa/Casablanca).</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({0} is not after {1}).</source>
        <translation>Les heures de travail doivent finir après leur début ({0} n&apos;est pas après {1}).</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour ouvré.</translation>
    </message>
    <message>
        <source>“{0}” is not a valid e-mail address.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>“{0}” is not an ISO 3166 country code.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un code pays ISO 3166.</translation>
    </message>
    <message>
        <source>This country is already in the region.</source>
        <translation>Ce pays fait déjà partie de la région.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>“{0}” is not a language code (use e.g. fr, en, ar, pt-BR).</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un code de langue (utilisez p. ex. fr, en, ar, pt-BR).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>A date in English or French: 27/11/2026, 27/11, 27 nov, vendredi, next friday, demain, in 2 weeks…</source>
        <translation>Une date en français ou en anglais : 27/11/2026, 27/11, 27 nov, vendredi, vendredi prochain, demain, dans 2 semaines…</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} à {1}</translation>
    </message>
</context>
<context>
    <name>DelegableTaskModel</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Internal client</source>
        <translation>Client interne</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Temps passé</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong, and the last action may not have finished.</source>
        <translation>Un problème est survenu, et la dernière action n&apos;a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>You can keep working. The details were written to the log: {0}</source>
        <translation>Vous pouvez continuer à travailler. Les détails ont été enregistrés dans le journal&#xa0;: {0}</translation>
    </message>
    <message>
        <source>You can keep working.</source>
        <translation>Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>Region Manager</source>
        <translation>Region Manager</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>The folder {0} no longer exists.</source>
        <translation>Le dossier {0} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation>{0} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder {0} is read-only.</source>
        <translation>Le dossier {0} est en lecture seule.</translation>
    </message>
    <message>
        <source>The export failed: {0} No file was written.</source>
        <translation>L&apos;export a échoué&#xa0;: {0} Aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Handover dossier</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <source>Colleague who answers the countries</source>
        <translation>Collègue qui répond aux pays</translation>
    </message>
    <message>
        <source>Anything the cover should know first</source>
        <translation>Ce que le remplaçant doit savoir en priorité</translation>
    </message>
    <message>
        <source>First day away:</source>
        <translation>Premier jour d&apos;absence&#xa0;:</translation>
    </message>
    <message>
        <source>Last day away:</source>
        <translation>Dernier jour d&apos;absence&#xa0;:</translation>
    </message>
    <message>
        <source>Covered by:</source>
        <translation>Remplaçant&#xa0;:</translation>
    </message>
    <message>
        <source>Their e-mail:</source>
        <translation>Son e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>A different cover per country</source>
        <translation>Un remplaçant différent par pays</translation>
    </message>
    <message>
        <source>Notes for the cover:</source>
        <translation>Notes pour le remplaçant&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier language:</source>
        <translation>Langue du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Out-of-office (French)</source>
        <translation>Message d&apos;absence (français)</translation>
    </message>
    <message>
        <source>Out-of-office (English)</source>
        <translation>Message d&apos;absence (anglais)</translation>
    </message>
    <message>
        <source>Written when the dossier is created.</source>
        <translation>Rédigé à la création du dossier.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save absence and create dossier</source>
        <translation>Enregistrer l&apos;absence et créer le dossier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Say who covers {0}.</source>
        <translation>Indiquez le remplaçant (pays&#xa0;: {0}).</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address (cover for {1}).</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une adresse e-mail (remplaçant, pays&#xa0;: {1}).</translation>
    </message>
    <message>
        <source>Give the first and the last day of the absence.</source>
        <translation>Indiquez le premier et le dernier jour de l’absence.</translation>
    </message>
    <message>
        <source>The absence ends before it starts.</source>
        <translation>L’absence se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Say who covers during the absence.</source>
        <translation>Indiquez qui vous remplace pendant l’absence.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Save absence</source>
        <translation>Enregistrer l&apos;absence</translation>
    </message>
    <message>
        <source>Change absence</source>
        <translation>Modifier l’absence</translation>
    </message>
    <message>
        <source>Writing the dossier…</source>
        <translation>Rédaction du dossier…</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Skip public holidays</source>
        <translation>Sauter les jours fériés</translation>
    </message>
    <message>
        <source>These meetings fall on a public holiday in the organizer&apos;s or an attendee&apos;s country. Ticked ones are skipped: the next invite or update leaves them out.</source>
        <translation>Ces réunions tombent un jour férié dans le pays de l&apos;organisateur ou d&apos;un participant. Les réunions cochées sont sautées : la prochaine invitation ou mise à jour les omet.</translation>
    </message>
    <message>
        <source>No meeting in the next twelve months falls on a public holiday of the organizer&apos;s or an attendee&apos;s country.</source>
        <translation>Aucune réunion des douze prochains mois ne tombe un jour férié dans le pays de l&apos;organisateur ou d&apos;un participant.</translation>
    </message>
    <message>
        <source>Skip ticked meetings</source>
        <translation>Sauter les réunions cochées</translation>
    </message>
</context>
<context>
    <name>IcsOpen</name>
    <message>
        <source>The file is too large to be a meeting invitation ({0}).</source>
        <translation>Le fichier est trop volumineux pour être une invitation à une réunion ({0}).</translation>
    </message>
    <message>
        <source>The file is not a calendar file that can be read.</source>
        <translation>Le fichier n&apos;est pas un fichier d&apos;agenda lisible.</translation>
    </message>
    <message>
        <source>The file holds too many calendar entries ({0}) to be one meeting.</source>
        <translation>Le fichier contient trop d&apos;entrées d&apos;agenda ({0}) pour être une seule réunion.</translation>
    </message>
    <message>
        <source>The file holds no meeting.</source>
        <translation>Le fichier ne contient aucune réunion.</translation>
    </message>
    <message>
        <source>The meeting has no start time.</source>
        <translation>La réunion n&apos;a pas d&apos;heure de début.</translation>
    </message>
    <message>
        <source>The meeting&apos;s time zone is not known: {0}.</source>
        <translation>Le fuseau horaire de la réunion est inconnu&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The meeting&apos;s duration can&apos;t be used ({0}).</source>
        <translation>La durée de la réunion est inutilisable ({0}).</translation>
    </message>
    <message>
        <source>This file cancels a meeting; there is nothing to import.</source>
        <translation>Ce fichier annule une réunion&#xa0;; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>The file can&apos;t be read: {0}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The meeting of {0} was moved to {1}: it is imported at its new time.</source>
        <translation>La réunion du {0} a été déplacée au {1} : elle est importée à sa nouvelle heure.</translation>
    </message>
    <message>
        <source>“{0}” can&apos;t be imported. {1}</source>
        <translation>Impossible d&apos;importer «&#xa0;{0}&#xa0;». {1}</translation>
    </message>
    <message>
        <source>Update this weekly meeting from the file?</source>
        <translation>Mettre à jour cette réunion hebdomadaire à partir du fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Import this weekly meeting?</source>
        <translation>Importer cette réunion hebdomadaire&#xa0;?</translation>
    </message>
    <message>
        <source>Open calendar file</source>
        <translation>Ouvrir un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}”, every {1} at {2} ({3}), {4}.</source>
        <translation>« {0} », chaque {1} à {2} ({3}), {4}.</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>et {0} autre(s)</translation>
    </message>
    <message>
        <source>The file holds several weekly meetings ({0}); choose one.</source>
        <translation>Le fichier contient plusieurs réunions hebdomadaires ({0}) ; choisissez-en une.</translation>
    </message>
    <message>
        <source>Only weekly meetings can be imported; this one {0}.</source>
        <translation>Seules les réunions hebdomadaires peuvent être importées ; celle-ci {0}.</translation>
    </message>
    <message>
        <source>Only meetings held every week can be imported; this one is every {0} weeks.</source>
        <translation>Seules les réunions qui ont lieu chaque semaine peuvent être importées ; celle-ci a lieu toutes les {0} semaines.</translation>
    </message>
    <message>
        <source>Only meetings held on one day of the week can be imported; this one is held on several days ({0}).</source>
        <translation>Seules les réunions qui ont lieu un seul jour de la semaine peuvent être importées ; celle-ci a lieu plusieurs jours ({0}).</translation>
    </message>
    <message>
        <source>None of the {0} entries in the file is a weekly meeting.</source>
        <translation>Aucune des {0} entrées du fichier n&apos;est une réunion hebdomadaire.</translation>
    </message>
    <message>
        <source>The series ends before its first weekly meeting.</source>
        <translation>La série se termine avant sa première réunion hebdomadaire.</translation>
    </message>
    <message>
        <source>happens only once</source>
        <translation>n&apos;a lieu qu&apos;une fois</translation>
    </message>
    <message>
        <source>repeats every day</source>
        <translation>se répète tous les jours</translation>
    </message>
    <message>
        <source>repeats every month</source>
        <translation>se répète tous les mois</translation>
    </message>
    <message>
        <source>repeats every year</source>
        <translation>se répète tous les ans</translation>
    </message>
    <message>
        <source>follows several repeat rules</source>
        <translation>suit plusieurs règles de répétition</translation>
    </message>
    <message>
        <source>repeats several times a day</source>
        <translation>se répète plusieurs fois par jour</translation>
    </message>
    <message>
        <source>repeats only in some weeks</source>
        <translation>ne se répète que certaines semaines</translation>
    </message>
    <message>
        <source>The meeting of {0} was changed: it is imported as a skipped week.</source>
        <translation>La réunion du {0} a été modifiée : elle est importée comme une semaine sautée.</translation>
    </message>
    <message>
        <source>The meeting on {0} is outside the weekly rule: it is not imported.</source>
        <translation>La réunion du {0} est en dehors de la règle hebdomadaire : elle n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>A weekly series can&apos;t hold every meeting in this file:</source>
        <translation>Une série hebdomadaire ne peut pas contenir toutes les réunions de ce fichier :</translation>
    </message>
    <message>
        <source>Left out (not a plain e-mail address): {0}</source>
        <translation>Laissés de côté (pas une adresse e-mail simple) : {0}</translation>
    </message>
    <message>
        <source>Reading “{0}”…</source>
        <translation>Lecture de « {0} »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The file holds several weekly meetings. Which one do you want to import?</source>
        <translation>Le fichier contient plusieurs réunions hebdomadaires. Laquelle voulez-vous importer ?</translation>
    </message>
    <message>
        <source>Import “{0}”</source>
        <translation>Importer «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Importing {0} would add or update {1} rows. Rows changed more recently here are kept; nothing is deleted. You can undo the import.</source>
        <translation>Importer {0} ajouterait ou mettrait à jour {1} lignes. Les lignes modifiées plus récemment ici sont conservées&#xa0;; rien n&apos;est supprimé. Vous pouvez annuler l&apos;import.</translation>
    </message>
    <message>
        <source>{0} holds nothing newer than your data: importing it changes nothing.</source>
        <translation>{0} ne contient rien de plus récent que vos données&#xa0;: l&apos;importer ne change rien.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{0} rows in this file had change times in the future (the other computer&apos;s clock may be wrong).</source>
        <translation>{0} lignes de ce fichier avaient une date de modification dans le futur (l&apos;horloge de l&apos;autre ordinateur est peut-être fausse).</translation>
    </message>
    <message>
        <source>{0} new rows will be added with their change time set to now.</source>
        <translation>{0} nouvelles lignes seront ajoutées avec maintenant comme date de modification.</translation>
    </message>
    <message>
        <source>{0} rows you already have will be kept as they are.</source>
        <translation>{0} lignes que vous avez déjà seront conservées telles quelles.</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
</context>
<context>
    <name>InterruptionsDialog</name>
    <message>
        <source>Spontaneous requests per week</source>
        <translation>Demandes spontanées par semaine</translation>
    </message>
    <message>
        <source>Requests that arrived between meetings (e-mail, phone, chat, visit), counted by the week they were created. Tasks whose channel was not recorded are not counted.</source>
        <translation>Demandes arrivées entre les réunions (e-mail, téléphone, messagerie, visite), comptées par semaine de création. Les tâches dont le canal n’est pas indiqué ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(sans pays)</translation>
    </message>
    <message>
        <source>Week {0} · {1}</source>
        <translation>Semaine {0} · {1}</translation>
    </message>
    <message>
        <source>No spontaneous request recorded yet.</source>
        <translation>Aucune demande spontanée enregistrée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s): {0} per week on average</source>
        <translation>
            <numerusform>%n dernière semaine : {0} en moyenne par semaine</numerusform>
            <numerusform>%n dernières semaines : {0} en moyenne par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n week(s) before: {0}</source>
        <translation>
            <numerusform>%n semaine d’avant : {0}</numerusform>
            <numerusform>les %n semaines d’avant : {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invite</name>
    <message>
        <source>Our weekly meeting: each country&apos;s requests and last week&apos;s answers.</source>
        <translation>Notre réunion hebdomadaire : les demandes de chaque pays et les réponses à celles de la semaine dernière.</translation>
    </message>
    <message>
        <source>Video link: {0}</source>
        <translation>Lien vidéo : {0}</translation>
    </message>
    <message>
        <source>Short agenda:</source>
        <translation>Ordre du jour résumé :</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>et {0} autres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>E&amp;xporter les données…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Your data folder {0} is inside {1}. Sync tools copy a database and its journal separately, which can damage it. Move the data folder out of the synced folder (backups can go there instead).</source>
        <translation>Votre dossier de données {0} se trouve dans {1}. Les outils de synchronisation copient une base de données et son journal séparément, ce qui peut l&apos;endommager. Déplacez le dossier de données hors du dossier synchronisé (les sauvegardes, elles, peuvent y aller).</translation>
    </message>
    <message>
        <source>Your data folder {0} is on a network drive ({1}). Network drives can damage a database that is in use. Keep the data folder on this computer&apos;s own disk (backups can go to the network drive).</source>
        <translation>Votre dossier de données {0} se trouve sur un lecteur réseau ({1}). Un lecteur réseau peut endommager une base de données en cours d&apos;utilisation. Gardez le dossier de données sur le disque de cet ordinateur (les sauvegardes, elles, peuvent aller sur le lecteur réseau).</translation>
    </message>
    <message>
        <source>Region Manager</source>
        <translation>Region Manager</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go to Anything…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>Show the folder holding the app&apos;s log, to send it with a problem report</source>
        <translation>Afficher le dossier qui contient le journal de l&apos;application, à joindre à un signalement de problème</translation>
    </message>
    <message>
        <source>&amp;About Region Manager</source>
        <translation>À &amp;propos de Region Manager</translation>
    </message>
    <message>
        <source>The time zone you are in now; click to change it</source>
        <translation>Le fuseau horaire où vous êtes en ce moment&#xa0;; cliquez pour le changer</translation>
    </message>
    <message>
        <source>Saved locally in {0}</source>
        <translation>Enregistré localement dans {0}</translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translation>Fuseau&#xa0;: {0}</translation>
    </message>
    <message>
        <source>About Region Manager</source>
        <translation>À propos de Region Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Region Manager {0}&lt;/h3&gt;&lt;p&gt;One place for a regional manager&apos;s requests, countries, weekly meeting and time.&lt;/p&gt;&lt;p&gt;Works offline. Your data stays on this computer, in {1}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Region Manager {0}&lt;/h3&gt;&lt;p&gt;Un seul outil pour les demandes, les pays, la réunion hebdomadaire et le temps d&apos;un responsable régional.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne. Vos données restent sur cet ordinateur, dans {1}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>This link is not a web or e-mail address and was not opened:

{0}</source>
        <translation>Ce lien n&apos;est ni une adresse web ni une adresse e-mail&#xa0;; il n&apos;a pas été ouvert&#xa0;:

{0}</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Ouvrir le lien&#xa0;?</translation>
    </message>
    <message>
        <source>Open this address?

{0}</source>
        <translation>Ouvrir cette adresse&#xa0;?

{0}</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>asked {0}</source>
        <translation>demandé pour le {0}</translation>
    </message>
    <message>
        <source>due {0} (asked {1})</source>
        <translation>échéance {0} (demandée pour le {1})</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit the meeting series</source>
        <translation>Modifier la série de réunions</translation>
    </message>
    <message>
        <source>New meeting series</source>
        <translation>Nouvelle série de réunions</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Teams, Zoom, Meet or any link</source>
        <translation>Teams, Zoom, Meet ou tout autre lien</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> réunions</translation>
    </message>
    <message>
        <source>Shown at the top of the invite</source>
        <translation>Affiché en tête de l&apos;invitation</translation>
    </message>
    <message>
        <source>Include a short agenda per attending country</source>
        <translation>Joindre un ordre du jour résumé pour chaque pays présent</translation>
    </message>
    <message>
        <source>The invite then lists, for each country with an attendee, the titles of its items. Notes, requesters, due dates and other countries are never sent: the full agenda stays in the app.</source>
        <translation>L&apos;invitation indique alors, pour chaque pays ayant un participant, les intitulés de ses points. Les notes, les demandeurs, les échéances et les autres pays ne sont jamais envoyés : l&apos;ordre du jour complet reste dans l&apos;application.</translation>
    </message>
    <message>
        <source>Find a time…</source>
        <translation>Trouver un créneau…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Organisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Organizer&apos;s e-mail:</source>
        <translation>E-mail de l&apos;organisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Chaque&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>This zone&apos;s clock changes follow no yearly rule. The invite lists each change, so most calendar programs show every meeting at the right time, but older Outlook versions may show some meetings an hour early or late.</source>
        <translation>Les changements d&apos;heure de ce fuseau ne suivent aucune règle annuelle. L&apos;invitation indique chaque changement : la plupart des agendas affichent chaque réunion à la bonne heure, mais les anciennes versions d&apos;Outlook peuvent en afficher certaines une heure trop tôt ou trop tard.</translation>
    </message>
    <message>
        <source>Video link:</source>
        <translation>Lien vidéo&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>À partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Ajouter l&apos;adresse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Required / optional</source>
        <translation>Obligatoire / facultatif</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{0} is already invited.</source>
        <translation>{0} est déjà invité.</translation>
    </message>
</context>
<context>
    <name>MeetingModeDialog</name>
    <message>
        <source>Meeting mode – {0}</source>
        <translation>Mode réunion – {0}</translation>
    </message>
    <message>
        <source>A: answer · D: decision · N: new request · Page Down / Page Up: next / previous country</source>
        <translation>R : réponse · D : décision · N : nouvelle demande · Page suiv. / Page préc. : pays suivant / précédent</translation>
    </message>
    <message>
        <source>← Previous country</source>
        <translation>← Pays précédent</translation>
    </message>
    <message>
        <source>Next country →</source>
        <translation>Pays suivant →</translation>
    </message>
    <message>
        <source>End meeting…</source>
        <translation>Terminer la réunion…</translation>
    </message>
    <message>
        <source>Requests since the last meeting</source>
        <translation>Demandes depuis la dernière réunion</translation>
    </message>
    <message>
        <source>Parked for this meeting</source>
        <translation>Mis de côté pour cette réunion</translation>
    </message>
    <message>
        <source>Answers to give</source>
        <translation>Réponses à donner</translation>
    </message>
    <message>
        <source>Waiting for others</source>
        <translation>En attente d&apos;autres personnes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>{0} – {1} ({2} of {3})</source>
        <translation>{0} – {1} ({2} sur {3})</translation>
    </message>
    <message>
        <source>New request for {0} (Enter adds it)</source>
        <translation>Nouvelle demande pour {0} (Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>Discussed in this meeting</source>
        <translation>Abordé pendant cette réunion</translation>
    </message>
    <message>
        <source>Recorded for the country</source>
        <translation>Noté pour le pays</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Réponse : {0}</translation>
    </message>
    <message>
        <source>Decision: {0}</source>
        <translation>Décision : {0}</translation>
    </message>
    <message>
        <source>Answer on “{0}” (Enter records, Escape cancels):</source>
        <translation>Réponse sur « {0} » (Entrée enregistre, Échap annule) :</translation>
    </message>
    <message>
        <source>Decision on “{0}” (Enter records, Escape cancels):</source>
        <translation>Décision sur « {0} » (Entrée enregistre, Échap annule) :</translation>
    </message>
    <message>
        <source>Record in the meeting</source>
        <translation>Noter pendant la réunion</translation>
    </message>
    <message>
        <source>Nothing recorded: write the answer or decision first.</source>
        <translation>Rien n&apos;a été noté : écrivez d&apos;abord la réponse ou la décision.</translation>
    </message>
    <message>
        <source>Recorded. Ctrl+Z undoes it.</source>
        <translation>Noté. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Nothing added: write what is asked (a country alone is not a request).</source>
        <translation>Rien n&apos;a été ajouté : écrivez ce qui est demandé (un pays seul n&apos;est pas une demande).</translation>
    </message>
    <message>
        <source>New request in the meeting</source>
        <translation>Nouvelle demande en réunion</translation>
    </message>
    <message>
        <source>Request added. Ctrl+Z undoes it.</source>
        <translation>Demande ajoutée. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>End the meeting</source>
        <translation>Terminer la réunion</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>The meeting needs a title.</source>
        <translation>La réunion doit avoir un titre.</translation>
    </message>
    <message>
        <source>The title is too long: at most {0} characters.</source>
        <translation>Le titre est trop long : {0} caractères au maximum.</translation>
    </message>
    <message>
        <source>Add at least one attendee.</source>
        <translation>Ajoutez au moins un participant.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: {0}</source>
        <translation>Adresse e-mail non valide&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The organizer&apos;s e-mail address is missing or invalid: {0}</source>
        <translation>L&apos;adresse e-mail de l&apos;organisateur est absente ou non valide&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>La série se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation>La durée doit être comprise entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <source>The number of meetings must be at least 1.</source>
        <translation>Le nombre de réunions doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Choose a weekday.</source>
        <translation>Choisissez un jour de la semaine.</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>Fuseau horaire inconnu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This meeting series no longer exists.</source>
        <translation>Cette série de réunions n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no meeting on {0}.</source>
        <translation>Il n&apos;y a pas de réunion le {0}.</translation>
    </message>
    <message>
        <source>The meeting on {0} is already cancelled.</source>
        <translation>La réunion du {0} est déjà annulée.</translation>
    </message>
    <message>
        <source>This series has been cancelled.</source>
        <translation>Cette série a été annulée.</translation>
    </message>
    <message>
        <source>This could not be done: {0}</source>
        <translation>Cette action n&apos;a pas pu être effectuée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} {1}, {2} min ({3})</source>
        <translation>{0} {1}, {2} min ({3})</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Extra meeting at {0} ({1} min)</source>
        <translation>Réunion supplémentaire à {0} ({1} min)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>First invite</source>
        <translation>Première invitation</translation>
    </message>
    <message>
        <source>Update {0}</source>
        <translation>Mise à jour {0}</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <source>First invite sent</source>
        <translation>Première invitation envoyée</translation>
    </message>
    <message>
        <source>Update {0} sent</source>
        <translation>Mise à jour {0} envoyée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>(free address)</source>
        <translation>(adresse libre)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cancellation sent</source>
        <translation>Annulation envoyée</translation>
    </message>
    <message>
        <source>Moved to {0} {1}</source>
        <translation>Déplacée au {0} à {1}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Series cancelled</source>
        <translation>Série annulée</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>No meeting series yet. Create one with “New series”: title, attendees, weekday and time; then send the invite.</source>
        <translation>Aucune série de réunions pour l&apos;instant. Créez-en une avec «&#xa0;Nouvelle série&#xa0;»&#xa0;: titre, participants, jour et heure&#xa0;; puis envoyez l&apos;invitation.</translation>
    </message>
    <message>
        <source>Skip public holidays…</source>
        <translation>Sauter les jours fériés…</translation>
    </message>
    <message>
        <source>Skip a week…</source>
        <translation>Sauter une semaine…</translation>
    </message>
    <message>
        <source>Hold again</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save this file again…</source>
        <translation>Réenregistrer ce fichier…</translation>
    </message>
    <message>
        <source>Next meeting&apos;s agenda</source>
        <translation>Ordre du jour de la prochaine réunion</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Dates sautées</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Nouvelle série…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Find a time…</source>
        <translation>Trouver un créneau…</translation>
    </message>
    <message>
        <source>Send invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Cancel one week…</source>
        <translation>Annuler une date…</translation>
    </message>
    <message>
        <source>Cancel series…</source>
        <translation>Annuler la série…</translation>
    </message>
    <message>
        <source>Open in calendar</source>
        <translation>Ouvrir dans l&apos;agenda</translation>
    </message>
    <message>
        <source>Compose e-mail</source>
        <translation>Rédiger l&apos;e-mail</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Agenda as PDF…</source>
        <translation>En PDF…</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Démarrer la réunion</translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Supprimer la série</translation>
    </message>
    <message>
        <source>Send update…</source>
        <translation>Mettre à jour…</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>jusqu&apos;au {0}</translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation>{0} réunions</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>Every {0}, from {1}, {2}</source>
        <translation>Chaque {0}, à partir du {1}, {2}</translation>
    </message>
    <message>
        <source>Organizer: {0} &lt;{1}&gt;</source>
        <translation>Organisateur&#xa0;: {0} &lt;{1}&gt;</translation>
    </message>
    <message>
        <source>Video link: {0}</source>
        <translation>Lien vidéo&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This series has been cancelled.</source>
        <translation>Cette série a été annulée.</translation>
    </message>
    <message>
        <source>Next meeting: {0} {1}, moved to {2}</source>
        <translation>Prochaine réunion : {0} {1}, déplacée à {2}</translation>
    </message>
    <message>
        <source>Next meeting: {0} {1}</source>
        <translation>Prochaine réunion&#xa0;: {0} {1}</translation>
    </message>
    <message>
        <source>{0} has clock changes that follow no yearly rule: older Outlook versions may show some meetings an hour early or late; other calendar programs show them right.</source>
        <translation>Les changements d&apos;heure de {0} ne suivent aucune règle annuelle : les anciennes versions d&apos;Outlook peuvent afficher certaines réunions une heure trop tôt ou trop tard ; les autres agendas les affichent à la bonne heure.</translation>
    </message>
    <message>
        <source>Last sent: the first invite</source>
        <translation>Dernier envoi : la première invitation</translation>
    </message>
    <message>
        <source>Last sent: update {0}</source>
        <translation>Dernier envoi : mise à jour {0}</translation>
    </message>
    <message>
        <source>This date is left out of the series (as a skipped date) in the next invite or update. To tell the attendees now, use “Cancel one week” instead.</source>
        <translation>Cette date est retirée de la série (date sautée) dans la prochaine invitation ou mise à jour. Pour prévenir les participants dès maintenant, utilisez plutôt « Annuler une semaine ».</translation>
    </message>
    <message>
        <source>The invite has not been sent yet.</source>
        <translation>L&apos;invitation n&apos;a pas encore été envoyée.</translation>
    </message>
    <message>
        <source>New meeting series</source>
        <translation>Nouvelle série de réunions</translation>
    </message>
    <message>
        <source>Edit meeting series</source>
        <translation>Modifier la série de réunions</translation>
    </message>
    <message>
        <source>Changed. Send the update so the attendees&apos; calendars follow.</source>
        <translation>Modifiée. Envoyez la mise à jour pour que les agendas des participants suivent.</translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation>Déplacer la réunion</translation>
    </message>
    <message>
        <source>Delete meeting series</source>
        <translation>Supprimer la série de réunions</translation>
    </message>
    <message>
        <source>Skip a week</source>
        <translation>Sauter une semaine</translation>
    </message>
    <message>
        <source>Skip meetings</source>
        <translation>Sauter des réunions</translation>
    </message>
    <message>
        <source>Hold meetings again</source>
        <translation>Rétablir les réunions</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Enregistrer le fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved {0}. Attach it to an e-mail to the attendees (“Compose e-mail” fills in the rest).</source>
        <translation>{0} enregistré. Joignez-le à un e-mail aux participants («&#xa0;Rédiger l&apos;e-mail&#xa0;» remplit le reste).</translation>
    </message>
    <message>
        <source>Send update</source>
        <translation>Envoyer la mise à jour</translation>
    </message>
    <message>
        <source>Send invite</source>
        <translation>Envoyer l&apos;invitation</translation>
    </message>
    <message>
        <source>Cancel one week</source>
        <translation>Annuler une date</translation>
    </message>
    <message>
        <source>A cancellation for this one meeting is saved as a calendar file to send to the attendees; later updates leave it out.</source>
        <translation>Une annulation de cette seule réunion est enregistrée dans un fichier d&apos;agenda à envoyer aux participants&#xa0;; les mises à jour suivantes l&apos;excluent.</translation>
    </message>
    <message>
        <source>Cancelled: {0}</source>
        <translation>Annulée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cancel one meeting</source>
        <translation>Annuler une réunion</translation>
    </message>
    <message>
        <source>Cancel series</source>
        <translation>Annuler la série</translation>
    </message>
    <message>
        <source>Cancel every meeting of “{0}”? A cancellation is saved as a calendar file to send to the attendees.</source>
        <translation>Annuler toutes les réunions de «&#xa0;{0}&#xa0;»&#xa0;? Une annulation est enregistrée dans un fichier d&apos;agenda à envoyer aux participants.</translation>
    </message>
    <message>
        <source>Cancel meeting series</source>
        <translation>Annuler la série de réunions</translation>
    </message>
    <message>
        <source>The calendar invitation (.ics file) is attached.</source>
        <translation>L&apos;invitation d&apos;agenda (fichier .ics) est jointe.</translation>
    </message>
    <message>
        <source>(Agenda shortened: the full agenda is in the invitation.)</source>
        <translation>(Ordre du jour abrégé&#xa0;: l&apos;ordre du jour complet est dans l&apos;invitation.)</translation>
    </message>
    <message>
        <source>This series has no meeting to come.</source>
        <translation>Cette série n&apos;a plus de réunion à venir.</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Enregistrer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda saved: {0}</source>
        <translation>Ordre du jour enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The agenda could not be saved: {0}</source>
        <translation>L&apos;ordre du jour n&apos;a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes – {0}</source>
        <translation>Compte rendu – {0}</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Compose e-mail</source>
        <translation>Rédiger un e-mail</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Enregistrer en HTML…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>No attendee of this country has a valid e-mail address: the message opens without recipients.</source>
        <translation>Aucun participant de ce pays n&apos;a d&apos;adresse e-mail valide : le message s&apos;ouvre sans destinataire.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>The minutes could not be saved: {0}</source>
        <translation>Le compte rendu n&apos;a pas pu être enregistré : {0}</translation>
    </message>
    <message>
        <source>Minutes saved: {0}</source>
        <translation>Compte rendu enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>NoteKinds</name>
    <message>
        <source>Cultural context</source>
        <translation>Contexte culturel</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière relecture</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{0} — refresh due</source>
        <translation>{0} — à actualiser</translation>
    </message>
    <message>
        <source>This procedure has not been reviewed for {0} days or more.</source>
        <translation>Cette procédure n&apos;a pas été relue depuis {0} jours ou plus.</translation>
    </message>
    <message>
        <source>Change note kind</source>
        <translation>Changer le type de note</translation>
    </message>
    <message>
        <source>Rename note</source>
        <translation>Renommer la note</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Marquer relue aujourd&apos;hui</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Procedures not reviewed for this long are marked “refresh due”</source>
        <translation>Les procédures non relues depuis cette durée sont marquées «&#xa0;à actualiser&#xa0;»</translation>
    </message>
    <message>
        <source>Refresh procedures after:</source>
        <translation>Actualiser les procédures après&#xa0;:</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, - list, **bold**, [link](https://…)</source>
        <translation>Écrivez en Markdown&#xa0;: # titre, - liste, **gras**, [lien](https://…)</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Mark note reviewed</source>
        <translation>Marquer la note comme relue</translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <source>e.g. public holiday, offsite</source>
        <translation>p. ex. jour férié, séminaire</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OpenTasksModel</name>
    <message>
        <source>Some tasks could not be read and are not shown</source>
        <translation>Certaines tâches sont illisibles et ne sont pas affichées</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Tâche ouverte</translation>
    </message>
    <message>
        <source>Due (local)</source>
        <translation>Échéance (locale)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Waiting on {0}</source>
        <translation>En attente de {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Shortcut or country</source>
        <translation>Raccourci ou pays</translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <source>Part</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Effort (days)</source>
        <translation>Charge (jours)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>Finished parts keep their dates.</source>
        <translation>Les tranches terminées gardent leurs dates.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>Priorities</name>
    <message>
        <source>Do now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>À planifier</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>À déléguer</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>À abandonner</translation>
    </message>
    <message>
        <source>Urgent and important</source>
        <translation>Urgent et important</translation>
    </message>
    <message>
        <source>Important, not urgent</source>
        <translation>Important, non urgent</translation>
    </message>
    <message>
        <source>Urgent, not important</source>
        <translation>Urgent, non important</translation>
    </message>
    <message>
        <source>Neither urgent nor important</source>
        <translation>Ni urgent ni important</translation>
    </message>
    <message>
        <source>overdue by {n} working day in {0}</source>
        <translation>en retard de {n} jour ouvré à {0}</translation>
    </message>
    <message>
        <source>overdue by {n} working days in {0}</source>
        <translation>en retard de {n} jours ouvrés à {0}</translation>
    </message>
    <message>
        <source>due today in {0}</source>
        <translation>échéance aujourd&apos;hui à {0}</translation>
    </message>
    <message>
        <source>due in {n} working day in {0}</source>
        <translation>échéance dans {n} jour ouvré à {0}</translation>
    </message>
    <message>
        <source>due in {n} working days in {0}</source>
        <translation>échéance dans {n} jours ouvrés à {0}</translation>
    </message>
    <message>
        <source>marked urgent; {0}</source>
        <translation>marquée urgente&#xa0;; {0}</translation>
    </message>
    <message>
        <source>marked urgent</source>
        <translation>marquée urgente</translation>
    </message>
    <message>
        <source>urgent: past due today in {0}</source>
        <translation>urgente&#xa0;: échéance dépassée aujourd&apos;hui à {0}</translation>
    </message>
    <message>
        <source>urgent: {0}</source>
        <translation>urgente&#xa0;: {0}</translation>
    </message>
    <message>
        <source>not urgent: {0}</source>
        <translation>non urgente&#xa0;: {0}</translation>
    </message>
    <message>
        <source>not urgent: no due date</source>
        <translation>non urgente&#xa0;: sans échéance</translation>
    </message>
    <message>
        <source>marked important</source>
        <translation>marquée importante</translation>
    </message>
    <message>
        <source>not marked important</source>
        <translation>non marquée importante</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}&#xa0;; {1}</translation>
    </message>
    <message>
        <source>Move {n} task to {0}</source>
        <translation>Déplacer {n} tâche vers {0}</translation>
    </message>
    <message>
        <source>Move {n} tasks to {0}</source>
        <translation>Déplacer {n} tâches vers {0}</translation>
    </message>
    <message>
        <source>So does {n} other task.</source>
        <translation>Tout comme {n} autre tâche.</translation>
    </message>
    <message>
        <source>So do {n} other tasks.</source>
        <translation>Tout comme {n} autres tâches.</translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Drag tasks between the quadrants to change their urgent and important flags. A deadline within two working days of the task&apos;s country also makes a task urgent.</source>
        <translation>Faites glisser les tâches d&apos;un quadrant à l&apos;autre pour changer leurs indicateurs Urgent et Important. Une échéance à moins de deux jours ouvrés (dans le pays de la tâche) rend aussi une tâche urgente.</translation>
    </message>
    <message>
        <source>Loading the open tasks…</source>
        <translation>Chargement des tâches ouvertes…</translation>
    </message>
    <message>
        <source>The priorities could not be loaded: {0}</source>
        <translation>Les priorités n&apos;ont pas pu être chargées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be read and are not shown</source>
        <translation>
            <numerusform>%n tâche illisible, non affichée</numerusform>
            <numerusform>%n tâches illisibles, non affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectedPeriods</name>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>One weekday</source>
        <translation>Un jour de la semaine</translation>
    </message>
    <message>
        <source>Ramadan hours</source>
        <translation>Horaires du ramadan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>During Ramadan: {0}</source>
        <translation>Pendant le ramadan : {0}</translation>
    </message>
    <message>
        <source>{0} to {1}, {2}</source>
        <translation>du {0} au {1}, {2}</translation>
    </message>
    <message>
        <source>Every day {0}</source>
        <translation>Tous les jours {0}</translation>
    </message>
</context>
<context>
    <name>ProtectedPeriodsDialog</name>
    <message>
        <source>Protected times — {0}</source>
        <translation>Périodes protégées — {0}</translation>
    </message>
    <message>
        <source>23:59 means until the end of the day</source>
        <translation>23:59 signifie jusqu’à la fin de la journée</translation>
    </message>
    <message>
        <source>e.g. Lunch break, Friday prayer</source>
        <translation>p. ex. Pause déjeuner, Prière du vendredi</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Weekday:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>Hours (local):</source>
        <translation>Heures (locales) :</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>Du – au :</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Ajouter comme nouvelle</translation>
    </message>
    <message>
        <source>Save the form as a new protected period</source>
        <translation>Enregistrer le formulaire comme nouvelle période protégée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not to be called or met at this time on any working day (e.g. lunch).</source>
        <translation>À ne pas appeler ni réunir à cette heure, chaque jour travaillé (p. ex. le déjeuner).</translation>
    </message>
    <message>
        <source>Every week on this day (e.g. Friday prayer; a short Friday: 12:00–23:59).</source>
        <translation>Chaque semaine ce jour-là (p. ex. la prière du vendredi ; un vendredi court : 12:00–23:59).</translation>
    </message>
    <message>
        <source>These working hours replace the usual ones during Ramadan (dates from the Umm al-Qura calendar).</source>
        <translation>Ces heures de travail remplacent les heures habituelles pendant le ramadan (dates du calendrier Umm al-Qura).</translation>
    </message>
    <message>
        <source>On each day from the first to the last date (00:00–23:59: the whole day).</source>
        <translation>Chaque jour de la première à la dernière date (00:00–23:59 : toute la journée).</translation>
    </message>
    <message>
        <source>Change protected period</source>
        <translation>Modifier la période protégée</translation>
    </message>
    <message>
        <source>Add protected period</source>
        <translation>Ajouter une période protégée</translation>
    </message>
    <message>
        <source>Delete protected period</source>
        <translation>Supprimer la période protégée</translation>
    </message>
</context>
<context>
    <name>QuadrantModel</name>
    <message>
        <source>Part of: {0}</source>
        <translation>Tranche de&#xa0;: {0}</translation>
    </message>
    <message>
        <source>“{0}” stays urgent ({1}): a close deadline makes a task urgent whatever its flag. Change its due date to move it out of the urgent quadrants.</source>
        <translation>«&#xa0;{0}&#xa0;» reste urgente ({1})&#xa0;: une échéance proche rend une tâche urgente quel que soit son indicateur. Changez son échéance pour la sortir des quadrants urgents.</translation>
    </message>
</context>
<context>
    <name>QuadrantView</name>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Split into parts…</source>
        <translation>Découper en tranches…</translation>
    </message>
</context>
<context>
    <name>QuickCaptureBar</name>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Type a task first.</source>
        <translation>Saisissez d&apos;abord une tâche.</translation>
    </message>
    <message>
        <source>Capture “{0}”</source>
        <translation>Saisir «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Created “{0}”. Ctrl+Z undoes it.</source>
        <translation>Tâche «&#xa0;{0}&#xa0;» créée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>New task (Ctrl+N), e.g. “FR urgent payroll question by friday #phone” or “DE rappel procédure vendredi prochain @Anna #réunion”</source>
        <translation>Nouvelle tâche (Ctrl+N), ex. « FR question paie urgente pour vendredi #tel » ou « DE rappel procédure vendredi prochain @Anna #réunion »</translation>
    </message>
    <message>
        <source>Start with a country code or name. Markers: urgent, important (or ! and *, !! for both). @Name for the requester. #phone, #mail, #chat, #visit, #meeting (or #tel, #courriel, #réunion, #visite) for how the request arrived. End with a due date in English or French (friday, demain 14h, 3 déc., in 2 weeks). Enter creates the task; Ctrl+Z undoes it.</source>
        <translation>Commencez par un code ou un nom de pays. Marqueurs : urgent, important (ou ! et *, !! pour les deux). @Nom pour le demandeur. #tel, #courriel, #chat, #visite, #réunion (ou #phone, #mail, #visit, #meeting) pour dire comment la demande est arrivée. Terminez par une échéance en français ou en anglais (vendredi, demain 14h, 3 déc., dans 2 semaines). Entrée crée la tâche ; Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Country, urgent/important, @requester, #channel (#phone, #mail, #réunion…) and a due date are understood in English and French.</source>
        <translation>Le pays, urgent/important, @demandeur, #canal (#tel, #courriel, #réunion…) et une échéance sont compris en français et en anglais.</translation>
    </message>
    <message>
        <source>Nothing will be created: write what the task is, not only its country, markers and date.</source>
        <translation>Rien ne sera créé&#xa0;: décrivez la tâche, pas seulement son pays, ses marqueurs et sa date.</translation>
    </message>
    <message>
        <source>Nothing will be created: the title is {0} characters long; keep it under {1} and put the details in the task&apos;s notes.</source>
        <translation>Rien ne sera créé&#xa0;: le titre fait {0} caractères&#xa0;; restez sous {1} et mettez les détails dans les notes de la tâche.</translation>
    </message>
    <message>
        <source>Nothing will be created: “{0}” is not a date that exists.</source>
        <translation>Rien ne sera créé&#xa0;: «&#xa0;{0}&#xa0;» n&apos;est pas une date qui existe.</translation>
    </message>
    <message>
        <source>Nothing will be created: in “{0}”, the year must be between {1} and {2}.</source>
        <translation>Rien ne sera créé : dans « {0} », l’année doit être comprise entre {1} et {2}.</translation>
    </message>
    <message>
        <source>Nothing will be created: {0}</source>
        <translation>Rien ne sera créé : {0}</translation>
    </message>
    <message>
        <source>Nothing will be created: “{0}” is too far from today; give a due date between {1} and {2}.</source>
        <translation>Rien ne sera créé&#xa0;: «&#xa0;{0}&#xa0;» est trop loin d’aujourd’hui&#xa0;; indiquez une échéance entre le {1} et le {2}.</translation>
    </message>
    <message>
        <source>Nothing will be created: {0} ({1}) is not one of your countries. Add it on the Countries page, or leave the code out.</source>
        <translation>Rien ne sera créé&#xa0;: {0} ({1}) ne fait pas partie de vos pays. Ajoutez-le dans la page Pays, ou retirez le code.</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>aucun pays</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>échéance {0}</translation>
    </message>
    <message>
        <source>asked by {0}</source>
        <translation>demandée par {0}</translation>
    </message>
    <message>
        <source>channel: {0}</source>
        <translation>canal : {0}</translation>
    </message>
    <message>
        <source>Enter to create</source>
        <translation>Entrée pour créer</translation>
    </message>
    <message>
        <source>{0} ({1} time)</source>
        <translation>{0} (heure {1})</translation>
    </message>
    <message>
        <source>{0} your time</source>
        <translation>{0} (votre heure)</translation>
    </message>
</context>
<context>
    <name>RankedSlotsModel</name>
    <message>
        <source>{0} — suits {1} of {2}</source>
        <translation>{0} — convient à {1} sur {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} weeks</source>
        <translation>
            <numerusform>%n semaine sur {0}</numerusform>
            <numerusform>%n semaines sur {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the working day in: {0}</source>
        <translation>En dehors de la journée de travail pour&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RecurrenceTexts</name>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation>Tous les jours ouvrés</translation>
    </message>
    <message>
        <source>Every {0}</source>
        <translation>Chaque {0}</translation>
    </message>
    <message>
        <source>On day {0} of every month</source>
        <translation>Le {0} de chaque mois</translation>
    </message>
    <message>
        <source>The first {0} of the month</source>
        <translation>Le premier {0} du mois</translation>
    </message>
    <message>
        <source>The second {0} of the month</source>
        <translation>Le deuxième {0} du mois</translation>
    </message>
    <message>
        <source>The third {0} of the month</source>
        <translation>Le troisième {0} du mois</translation>
    </message>
    <message>
        <source>The fourth {0} of the month</source>
        <translation>Le quatrième {0} du mois</translation>
    </message>
    <message>
        <source>The last {0} of the month</source>
        <translation>Le dernier {0} du mois</translation>
    </message>
    <message>
        <source>The last working day of the month</source>
        <translation>Le dernier jour ouvré du mois</translation>
    </message>
    <message>
        <source>Every year on {0}</source>
        <translation>Chaque année le {0}</translation>
    </message>
    <message>
        <source>Repeats by a rule this version can&apos;t read (“{0}”)</source>
        <translation>Se répète selon une règle que cette version ne sait pas lire (« {0} »)</translation>
    </message>
    <message>
        <source>“{0}” never happens: that month has no such day.</source>
        <translation>« {0} » n’arrive jamais : ce mois n’a pas ce jour-là.</translation>
    </message>
    <message>
        <source>In “{0}”, the day of the month must be between 1 and 31.</source>
        <translation>Dans « {0} », le jour du mois doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <source>“{0}” is not a repeat this app understands; try “every monday”, “tous les 15 du mois” or “the last working day of the month”.</source>
        <translation>« {0} » n’est pas une répétition que l’application comprend ; essayez « chaque lundi », « tous les 15 du mois » ou « le dernier jour ouvré du mois ».</translation>
    </message>
</context>
<context>
    <name>RefresherDialog</name>
    <message>
        <source>Refresher pack — {0}</source>
        <translation>Rappel des procédures — {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Procedures in the pack&lt;/b&gt;</source>
        <translation>&lt;b&gt;Procédures du rappel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Envoyer à&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Record as sent to the ticked contacts</source>
        <translation>Enregistrer comme envoyé aux contacts cochés</translation>
    </message>
    <message>
        <source>Write to the ticked contacts…</source>
        <translation>Écrire aux contacts cochés…</translation>
    </message>
    <message>
        <source>Opens a new message in your mail program; attach the exported PDF</source>
        <translation>Ouvre un nouveau message dans votre messagerie&#xa0;; joignez-y le PDF exporté</translation>
    </message>
    <message>
        <source>This country has no procedure notes yet.</source>
        <translation>Ce pays n&apos;a pas encore de note de procédure.</translation>
    </message>
    <message>
        <source>{0} — never got current: {1}</source>
        <translation>{0} — version à jour jamais reçue&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Refresher pack</source>
        <translation>Rappel des procédures</translation>
    </message>
    <message>
        <source>Procedures for {0}</source>
        <translation>Procédures pour {0}</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Date&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Last reviewed: {0}</source>
        <translation>Dernière relecture&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Tick at least one procedure to export.</source>
        <translation>Cochez au moins une procédure à exporter.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The pack could not be saved: {0}</source>
        <translation>Le rappel n&apos;a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Tick at least one contact with an e-mail address.</source>
        <translation>Cochez au moins un contact ayant une adresse e-mail.</translation>
    </message>
    <message>
        <source>Hello,

Please find attached a refresher on our procedures:
{0}

Best regards,</source>
        <translation>Bonjour,

Vous trouverez ci-joint un rappel de nos procédures&#xa0;:
{0}

Bien cordialement,</translation>
    </message>
    <message>
        <source>Tick at least one procedure and one contact.</source>
        <translation>Cochez au moins une procédure et un contact.</translation>
    </message>
    <message>
        <source>Record refresher pack as sent</source>
        <translation>Enregistrer le rappel comme envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procédure</numerusform>
            <numerusform>%n procédures</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: {0} sent to {1}.</source>
        <translation>Enregistré : envoi de {0} à {1}.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Quick capture…</source>
        <translation>Saisie rapide…</translation>
    </message>
    <message>
        <source>Show Region Manager</source>
        <translation>Afficher Region Manager</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Region Manager</source>
        <translation>Region Manager</translation>
    </message>
    <message>
        <source>Reminders could not be checked; details are in the log.</source>
        <translation>Les rappels n&apos;ont pas pu être vérifiés&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Meeting at {0}: {1}</source>
        <translation>Réunion à {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Follow up with {0}: {1}{2}</source>
        <translation>Relancer {0}&#xa0;: {1}{2}</translation>
    </message>
    <message>
        <source>Overdue: {0}{1}</source>
        <translation>En retard&#xa0;: {0}{1}</translation>
    </message>
    <message>
        <source>Due {0}: {1}{2}</source>
        <translation>Échéance {0}&#xa0;: {1}{2}</translation>
    </message>
    <message>
        <source>{0} in {1} until {2}</source>
        <translation>{0} en ce moment ({1}) jusqu’à {2}</translation>
    </message>
    <message>
        <source>{0} in {1} now</source>
        <translation>{0} en ce moment ({1})</translation>
    </message>
    <message>
        <source>Meeting soon</source>
        <translation>Réunion imminente</translation>
    </message>
    <message>
        <source>Follow-up today</source>
        <translation>Relance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tâche à échéance</translation>
    </message>
    <message>
        <source>…and {0} more</source>
        <translation>… et {0} autre(s)</translation>
    </message>
    <message>
        <source>{0} reminders</source>
        <translation>{0} rappels</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Enregistrer dans le dossier</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Transparency report</source>
        <translation>Rapport de transparence</translation>
    </message>
    <message>
        <source>PDF, to send to the countries</source>
        <translation>PDF, à envoyer aux pays</translation>
    </message>
    <message>
        <source>Also one PDF per country (all shares, its own requests)</source>
        <translation>Aussi un PDF par pays (toutes les parts, ses propres demandes)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, pour un tableur</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose PDF, CSV or both.</source>
        <translation>Choisissez PDF, CSV ou les deux.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Writing the transparency report…</source>
        <translation>Rédaction du rapport de transparence…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RequestBox</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>How the request arrived</source>
        <translation>Comment la demande est arrivée</translation>
    </message>
    <message>
        <source>Asked for, e.g. 5/12</source>
        <translation>Demandée pour, ex. 5/12</translation>
    </message>
    <message>
        <source>The deadline the requester asked for; the due date above is the one agreed</source>
        <translation>L’échéance demandée par le demandeur ; l’échéance ci-dessus est celle convenue</translation>
    </message>
    <message>
        <source>Agreed on, e.g. today</source>
        <translation>Convenue le, ex. aujourd’hui</translation>
    </message>
    <message>
        <source>The day the deadline was agreed</source>
        <translation>Le jour où l’échéance a été convenue</translation>
    </message>
    <message>
        <source>Negotiation note, e.g. “payroll first; Friday is fine”</source>
        <translation>Note de négociation, ex. « la paie d’abord ; vendredi convient »</translation>
    </message>
    <message>
        <source>Arrived by</source>
        <translation>Arrivée par</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>agreed on</source>
        <translation>convenue le</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Retirer de la réunion</translation>
    </message>
    <message>
        <source>Park for the next meeting</source>
        <translation>Garder pour la réunion</translation>
    </message>
    <message>
        <source>Take it off the next meeting&apos;s agenda</source>
        <translation>La retirer de l’ordre du jour de la prochaine réunion</translation>
    </message>
    <message>
        <source>Put it on its country&apos;s next meeting agenda instead of handling it now</source>
        <translation>La mettre à l’ordre du jour de la prochaine réunion de son pays au lieu de la traiter maintenant</translation>
    </message>
    <message>
        <source>Parked on {0}</source>
        <translation>Gardée le {0}</translation>
    </message>
    <message>
        <source>Requested {0}</source>
        <translation>Demandée pour le {0}</translation>
    </message>
    <message>
        <source>agreed on {0}</source>
        <translation>convenue le {0}</translation>
    </message>
    <message>
        <source>Set how the request arrived</source>
        <translation>Indiquer comment la demande est arrivée</translation>
    </message>
    <message>
        <source>Unpark task</source>
        <translation>Retirer la tâche de la réunion</translation>
    </message>
    <message>
        <source>Change the negotiated deadline</source>
        <translation>Modifier l’échéance négociée</translation>
    </message>
</context>
<context>
    <name>RequesterTableModel</name>
    <message>
        <source>Internal client</source>
        <translation>Client interne</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part du temps</translation>
    </message>
    <message>
        <source>No requester</source>
        <translation>Sans demandeur</translation>
    </message>
</context>
<context>
    <name>SaveLocation</name>
    <message>
        <source>Choose a folder to save in.</source>
        <translation>Choisissez un dossier où enregistrer.</translation>
    </message>
    <message>
        <source>{0} is not a folder. Choose another one.</source>
        <translation>{0} n’est pas un dossier. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist. Choose another one.</source>
        <translation>Le dossier {0} n’existe pas. Choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Proposed schedule</source>
        <translation>Planning proposé</translation>
    </message>
    <message>
        <source>Request: {0}</source>
        <translation>Demande : {0}</translation>
    </message>
    <message>
        <source>Deadline: {0}</source>
        <translation>Échéance : {0}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>{0} ({1}, part {2} of {3})</source>
        <translation>{0} ({1}, tranche {2} sur {3})</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all notes and contacts…</source>
        <translation>Rechercher dans les notes et les contacts…</translation>
    </message>
    <message>
        <source>No note or contact matches.</source>
        <translation>Aucune note ni aucun contact ne correspond.</translation>
    </message>
    <message>
        <source>{0} matches (best first)</source>
        <translation>Résultats&#xa0;: {0} (les plus pertinents d&apos;abord)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Used as the organizer of the meeting invitations you send.</source>
        <translation>Utilisés comme organisateur des invitations aux réunions que vous envoyez.</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Fuseau horaire de référence</translation>
    </message>
    <message>
        <source>&amp;Home time zone:</source>
        <translation>&amp;Fuseau horaire de référence&#xa0;:</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Beside the data (default)</source>
        <translation>À côté des données (par défaut)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop while the app runs</source>
        <translation>Afficher les &amp;rappels sur le bureau pendant que l&apos;application est ouverte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind of a task&apos;s deadline, minutes before</source>
        <translation>Rappeler l&apos;échéance d&apos;une tâche, en minutes avant</translation>
    </message>
    <message>
        <source>Task deadlines, before:</source>
        <translation>Échéances des tâches, avant&#xa0;:</translation>
    </message>
    <message>
        <source>Remind of the meeting, minutes before</source>
        <translation>Rappeler la réunion, en minutes avant</translation>
    </message>
    <message>
        <source>Meetings, before:</source>
        <translation>Réunions, avant&#xa0;:</translation>
    </message>
    <message>
        <source>:00</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hour of the reminders for all-day deadlines and follow-ups</source>
        <translation>Heure des rappels pour les échéances sur la journée et les relances</translation>
    </message>
    <message>
        <source>All-day deadlines and follow-ups at:</source>
        <translation>Échéances sur la journée et relances à&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>“{0}” is not a valid e-mail address.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>“{0}” is not a known time zone (use a name such as Europe/Paris).</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un fuseau horaire connu (utilisez un nom comme Europe/Paris).</translation>
    </message>
    <message>
        <source>The backup folder “{0}” does not exist.</source>
        <translation>Le dossier des sauvegardes «&#xa0;{0}&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup folder “{0}” can&apos;t be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier des sauvegardes «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ShareChartView</name>
    <message>
        <source>Actual vs agreed share (%)</source>
        <translation>Part réelle / part convenue (%)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réelle</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenue</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Actual share</source>
        <translation>Part réelle</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>Part convenue</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Écart (points)</translation>
    </message>
    <message>
        <source>{0} — below its share</source>
        <translation>{0} — sous sa part</translation>
    </message>
    <message>
        <source>Under-served: {0:.1f} points below the agreed share.</source>
        <translation>En deçà&#xa0;: {0:.1f} points sous la part convenue.</translation>
    </message>
    <message>
        <source>Double-click to set the share of your time agreed for this country</source>
        <translation>Double-cliquez pour fixer la part de votre temps convenue pour ce pays</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>all pages</source>
        <translation>toutes les pages</translation>
    </message>
    <message>
        <source>&amp;Undo {0} ({1})</source>
        <translation>&amp;Annuler&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0} ({1})</source>
        <translation>&amp;Rétablir&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>A journal file found beside your data file failed its check ({0}), so it was not applied: your data was opened as it was last saved in the file. If you were working when the app stopped, the latest changes may be missing.</source>
        <translation>Un fichier journal trouvé à côté de votre fichier de données n’a pas passé la vérification ({0}) : il n’a donc pas été appliqué. Vos données ont été ouvertes telles qu’elles étaient enregistrées dans le fichier. Si vous étiez en train de travailler quand l’application s’est arrêtée, les dernières modifications manquent peut-être.</translation>
    </message>
    <message>
        <source>A journal file found beside your data file did not belong to it (it may come from another copy or a sync tool), so it was not applied. Your data is as you left it.</source>
        <translation>Un fichier journal trouvé à côté de votre fichier de données ne lui appartenait pas (il vient peut-être d’une autre copie ou d’un outil de synchronisation) : il n’a donc pas été appliqué. Vos données sont telles que vous les avez laissées.</translation>
    </message>
    <message>
        <source>The journal file was kept in “{0}”.</source>
        <translation>Le fichier journal a été conservé dans « {0} ».</translation>
    </message>
    <message>
        <source>Region Manager: your data file</source>
        <translation>Region Manager : votre fichier de données</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>Region Manager: your data file can&apos;t be opened</source>
        <translation>Region Manager&#xa0;: votre fichier de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>{0}

The file is kept exactly as it is; nothing will delete it.</source>
        <translation>{0}

Le fichier est conservé tel quel&#xa0;; rien ne le supprimera.</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({0})</source>
        <translation>Restaurer la dernière sauvegarde valide ({0})</translation>
    </message>
    <message>
        <source>Restore a backup (none found)</source>
        <translation>Restaurer une sauvegarde (aucune trouvée)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Start with no data (the file is set aside, not deleted)</source>
        <translation>Repartir sans données (le fichier est mis de côté, pas supprimé)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The backup could not be restored: {0}</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open a Region Manager file</source>
        <translation>Ouvrir un fichier Region Manager</translation>
    </message>
    <message>
        <source>The file could not be set aside: {0}</source>
        <translation>Le fichier n&apos;a pas pu être mis de côté&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Choose a task in the list to see and edit it here.</source>
        <translation>Choisissez une tâche dans la liste pour la voir et la modifier ici.</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Mark urgent</source>
        <translation>Marquer urgente</translation>
    </message>
    <message>
        <source>Mark important</source>
        <translation>Marquer importante</translation>
    </message>
    <message>
        <source>17:00</source>
        <translation>17:00</translation>
    </message>
    <message>
        <source>Time of day; leave empty for the whole day</source>
        <translation>Heure&#xa0;; laissez vide pour toute la journée</translation>
    </message>
    <message>
        <source>Fixed in a time zone</source>
        <translation>Fixe dans un fuseau horaire</translation>
    </message>
    <message>
        <source>Floating: follows me</source>
        <translation>Flottante&#xa0;: me suit</translation>
    </message>
    <message>
        <source>Fixed: the same moment wherever you are (a client&apos;s deadline). Floating: the same clock time in the zone you are in (call at 19:00 wherever I am).</source>
        <translation>Fixe&#xa0;: le même instant où que vous soyez (l&apos;échéance d&apos;un client). Flottante&#xa0;: la même heure dans le fuseau où vous êtes (appeler à 19:00 où que je sois).</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>A contact or any name</source>
        <translation>Un contact ou n&apos;importe quel nom</translation>
    </message>
    <message>
        <source>e.g. 27/11, 27 nov, vendredi, next friday (empty: no due date)</source>
        <translation>ex. 27/11, 27 nov, vendredi, vendredi prochain (vide : pas d’échéance)</translation>
    </message>
    <message>
        <source>e.g. every monday, tous les 15 du mois (empty: once)</source>
        <translation>ex. chaque lundi, tous les 15 du mois (vide : une seule fois)</translation>
    </message>
    <message>
        <source>Every day, every monday (and thursday), every month on the 15th, the second tuesday of the month, the last working day of the month, every 14 July; in English or French. Completing the task creates the next one.</source>
        <translation>Tous les jours, chaque lundi (et jeudi), tous les 15 du mois, le deuxième mardi du mois, le dernier jour ouvré du mois, tous les 14 juillet ; en français ou en anglais. Terminer la tâche crée la suivante.</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Ne plus répéter</translation>
    </message>
    <message>
        <source>Days off and public holidays of the task&apos;s country move an occurrence to the next working day.</source>
        <translation>Les jours de repos et les jours fériés du pays de la tâche reportent une occurrence au jour ouvré suivant.</translation>
    </message>
    <message>
        <source>Follow up on, e.g. 30/11, lundi, next monday</source>
        <translation>Relancer le, ex. 30/11, lundi, lundi prochain</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Déléguer</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>E-mail the delegate</source>
        <translation>Écrire au délégué</translation>
    </message>
    <message>
        <source>Open your mail program with the task, its deadline and context, addressed to the delegate when their address is known</source>
        <translation>Ouvre votre messagerie avec la tâche, son échéance et son contexte, adressée au délégué si son adresse est connue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Split into parts…</source>
        <translation>Découper en tranches…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
    <message>
        <source>No due date.</source>
        <translation>Pas d&apos;échéance.</translation>
    </message>
    <message>
        <source>Due {0} wherever you are (now in {1}).</source>
        <translation>Échéance {0} où que vous soyez (fuseau actuel&#xa0;: {1}).</translation>
    </message>
    <message>
        <source>Due {0}, by the end of the day in {1}.</source>
        <translation>Échéance {0}, avant la fin de la journée à {1}.</translation>
    </message>
    <message>
        <source>Due {0} in {1}; that is {2} where you are ({3}).</source>
        <translation>Échéance {0} à {1}, soit {2} là où vous êtes ({3}).</translation>
    </message>
    <message>
        <source>Due {0} ({1}).</source>
        <translation>Échéance {0} ({1}).</translation>
    </message>
    <message>
        <source>Completing it creates no other task.</source>
        <translation>La terminer ne crée pas d’autre tâche.</translation>
    </message>
    <message>
        <source>Next one when done: {0}</source>
        <translation>Suivante une fois terminée : {0}</translation>
    </message>
    <message>
        <source>Repeat task</source>
        <translation>Répéter la tâche</translation>
    </message>
    <message>
        <source>Not delegated.</source>
        <translation>Non déléguée.</translation>
    </message>
    <message numerus="yes">
        <source>Delegated to {0} %n day(s) ago.</source>
        <translation>
            <numerusform>Déléguée à {0} il y a %n jour.</numerusform>
            <numerusform>Déléguée à {0} il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>La date de relance est passée.</translation>
    </message>
    <message>
        <source>Rename task</source>
        <translation>Renommer la tâche</translation>
    </message>
    <message>
        <source>Change requester</source>
        <translation>Changer le demandeur</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Changer le pays</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Changer l&apos;échéance</translation>
    </message>
    <message>
        <source>Delegate to {0}</source>
        <translation>Déléguer à {0}</translation>
    </message>
    <message>
        <source>Take back a delegated task</source>
        <translation>Reprendre une tâche déléguée</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>Rouvrir la tâche</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Terminer la tâche</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
</context>
<context>
    <name>TaskInput</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>A title is at most {limit} characters.</source>
        <translation>Un titre fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters.</source>
        <translation>Un nom fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as 2026-11-27 or 27/11/2026.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date. Écrivez-la sous la forme 27/11/2026 ou 2026-11-27.</translation>
    </message>
    <message>
        <source>{text} does not exist in the calendar.</source>
        <translation>{text} n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day. Write it as 17:00.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une heure. Écrivez-la sous la forme 17:00.</translation>
    </message>
    <message>
        <source>{text} is not a time of day.</source>
        <translation>{text} n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>«&#xa0;{zone}&#xa0;» n&apos;est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation>Une heure d&apos;échéance demande une date d&apos;échéance.</translation>
    </message>
    <message>
        <source>A fixed due time needs a time zone.</source>
        <translation>Une heure d&apos;échéance fixe demande un fuseau horaire.</translation>
    </message>
    <message>
        <source>Say who the task is delegated to.</source>
        <translation>Indiquez à qui la tâche est déléguée.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”.</source>
        <translation>Statut inconnu «&#xa0;{status}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delegated to</source>
        <translation>Délégué à</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>{0} ({1} of {2} done)</source>
        <translation>{0} ({1} sur {2} faites)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be read and are not shown</source>
        <translation>
            <numerusform>%n tâche illisible, non affichée</numerusform>
            <numerusform>%n tâches illisibles, non affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} parts done; {2}</source>
        <translation>{0} sur {1} tranches faites&#xa0;; {2}</translation>
    </message>
    <message>
        <source>Floating: follows the zone you are in</source>
        <translation>Flottante&#xa0;: suit le fuseau où vous êtes</translation>
    </message>
    <message>
        <source>Fixed in {0}</source>
        <translation>Fixe, fuseau {0}</translation>
    </message>
    <message>
        <source>Parked for the next meeting</source>
        <translation>Gardée pour la prochaine réunion</translation>
    </message>
    <message>
        <source>Repeats: {0}</source>
        <translation>Se répète : {0}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Complete “{0}”</source>
        <translation>Terminer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Reopen “{0}”</source>
        <translation>Rouvrir «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Rename “{0}”</source>
        <translation>Renommer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Change requester of “{0}”</source>
        <translation>Changer le demandeur de «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Search titles, notes and people</source>
        <translation>Chercher dans les titres, notes et personnes</translation>
    </message>
    <message>
        <source>Titles, notes, requesters and delegates; case and accents ignored</source>
        <translation>Titres, notes, demandeurs et délégués ; sans tenir compte de la casse ni des accents</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>Tous les quadrants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open and waiting</source>
        <translation>Ouvertes et en attente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Déléguées</translation>
    </message>
    <message>
        <source>Only tasks delegated to someone and not finished</source>
        <translation>Seulement les tâches déléguées et non terminées</translation>
    </message>
    <message>
        <source>How the request arrived</source>
        <translation>Comment la demande est arrivée</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Requester (internal client)</source>
        <translation>Demandeur (client interne)</translation>
    </message>
    <message>
        <source>Delegated to</source>
        <translation>Délégué à</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Gardées pour la réunion</translation>
    </message>
    <message>
        <source>Only tasks parked for the next meeting</source>
        <translation>Seulement les tâches gardées pour la prochaine réunion</translation>
    </message>
    <message>
        <source>Spontaneous requests…</source>
        <translation>Demandes spontanées…</translation>
    </message>
    <message>
        <source>Requests that came between meetings, per week, channel and country</source>
        <translation>Demandes arrivées entre les réunions, par semaine, canal et pays</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Complete the selected tasks (Space)</source>
        <translation>Terminer les tâches sélectionnées (Espace)</translation>
    </message>
    <message>
        <source>Move to quadrant</source>
        <translation>Déplacer vers le quadrant</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected tasks (Delete); Ctrl+Z brings them back</source>
        <translation>Supprimer les tâches sélectionnées (Suppr)&#xa0;; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le chrono</translation>
    </message>
    <message>
        <source>Log time on the selected task (one timer at a time)</source>
        <translation>Chronométrer le temps sur la tâche sélectionnée (un seul chrono à la fois)</translation>
    </message>
    <message>
        <source>Park for the next meeting</source>
        <translation>Garder pour la prochaine réunion</translation>
    </message>
    <message>
        <source>Put the selected requests on their country&apos;s next meeting agenda (again: take them off)</source>
        <translation>Mettre les demandes choisies à l’ordre du jour de la prochaine réunion de leur pays (une seconde fois : les en retirer)</translation>
    </message>
    <message>
        <source>All requesters</source>
        <translation>Tous les demandeurs</translation>
    </message>
    <message>
        <source>All delegates</source>
        <translation>Tous les délégués</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Retirer de la réunion</translation>
    </message>
    <message>
        <source>Arrived by</source>
        <translation>Arrivée par</translation>
    </message>
    <message numerus="yes">
        <source>Unpark %n task(s)</source>
        <translation>
            <numerusform>Retirer %n tâche de la réunion</numerusform>
            <numerusform>Retirer %n tâches de la réunion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Park %n task(s) for the next meeting</source>
        <translation>
            <numerusform>Garder %n tâche pour la prochaine réunion</numerusform>
            <numerusform>Garder %n tâches pour la prochaine réunion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set how %n request(s) arrived</source>
        <translation>
            <numerusform>Indiquer comment %n demande est arrivée</numerusform>
            <numerusform>Indiquer comment %n demandes sont arrivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>%n tâche affichée</numerusform>
            <numerusform>%n tâches affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Chargement de la liste…</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n task(s)</source>
        <translation>
            <numerusform>Rouvrir %n tâche</numerusform>
            <numerusform>Rouvrir %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete %n task(s)</source>
        <translation>
            <numerusform>Terminer %n tâche</numerusform>
            <numerusform>Terminer %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to “{0}”</source>
        <translation>
            <numerusform>Déplacer %n tâche vers «&#xa0;{0}&#xa0;»</numerusform>
            <numerusform>Déplacer %n tâches vers «&#xa0;{0}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Supprimer des tâches</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected task(s) and their parts?</source>
        <translation>
            <numerusform>Supprimer %n tâche sélectionnée et ses tranches&#xa0;?</numerusform>
            <numerusform>Supprimer les %n tâches sélectionnées et leurs tranches&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) les rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Supprimer %n tâche</numerusform>
            <numerusform>Supprimer %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s) — &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>
            <numerusform>%n tâche supprimée — &lt;a href=&quot;undo&quot;&gt;Annuler&lt;/a&gt;</numerusform>
            <numerusform>%n tâches supprimées — &lt;a href=&quot;undo&quot;&gt;Annuler&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Edit time entry</source>
        <translation>Modifier la saisie de temps</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Ajouter du temps</translation>
    </message>
    <message>
        <source>{0} (country, no task)</source>
        <translation>{0} (pays, sans tâche)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sur&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TimeEntryModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>TimeFinder</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>jour non travaillé</translation>
    </message>
    <message>
        <source>Ramadan hours</source>
        <translation>horaires du ramadan</translation>
    </message>
    <message>
        <source>protected period</source>
        <translation>période protégée</translation>
    </message>
    <message>
        <source>outside the working hours</source>
        <translation>hors des heures de travail</translation>
    </message>
    <message>
        <source>fits {0} of {1} weeks: {2}</source>
        <translation>convient {0} semaines sur {1} : {2}</translation>
    </message>
</context>
<context>
    <name>TimeFinderDialog</name>
    <message>
        <source>Find a time</source>
        <translation>Trouver un créneau</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A weekly slot is judged on this many weeks from the week shown</source>
        <translation>Un créneau hebdomadaire est jugé sur ce nombre de semaines à partir de la semaine affichée</translation>
    </message>
    <message>
        <source>Judge over:</source>
        <translation>Juger sur :</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Best start times ({0}):</source>
        <translation>Meilleurs horaires de début ({0})&#xa0;:</translation>
    </message>
    <message>
        <source>Under the pointer:</source>
        <translation>Sous le pointeur&#xa0;:</translation>
    </message>
    <message>
        <source>Use this time</source>
        <translation>Choisir ce créneau</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Semaine du {0}</translation>
    </message>
    <message>
        <source>{0} {1} {2} {3} ({4})</source>
        <translation>{0} {1} {2} {3} ({4})</translation>
    </message>
    <message>
        <source>outside the working day</source>
        <translation>en dehors de la journée de travail</translation>
    </message>
    <message>
        <source>Green: inside everyone&apos;s working day in most weeks (darker: more comfortable; paler: some weeks don&apos;t suit). Amber: some are outside their day. Lunch breaks, prayer times and Ramadan hours count as outside. Times are in {0}.</source>
        <translation>Vert : dans la journée de travail de chacun, la plupart des semaines (plus foncé : plus confortable ; plus pâle : certaines semaines ne conviennent pas). Orange : certains sont hors de leur journée. Les pauses déjeuner, heures de prière et horaires du ramadan comptent comme hors journée. Heures affichées : {0}.</translation>
    </message>
    <message>
        <source>{0}: outside the working day in {1}.</source>
        <translation>{0}&#xa0;: en dehors de la journée de travail pour {1}.</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>A country this far below its agreed share is flagged as under-served</source>
        <translation>Un pays aussi loin sous sa part convenue est signalé comme délaissé</translation>
    </message>
    <message>
        <source>Transparency report…</source>
        <translation>Rapport de transparence…</translation>
    </message>
    <message>
        <source>Handover dossier…</source>
        <translation>Dossier de passation…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Flag below target by more than:</source>
        <translation>Seuil d&apos;alerte sous la cible&#xa0;:</translation>
    </message>
    <message>
        <source>Time per internal client (who asked for the task)</source>
        <translation>Temps par client interne (qui a demandé la tâche)</translation>
    </message>
    <message>
        <source>Add time…</source>
        <translation>Ajouter du temps…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name of a contact or colleague</source>
        <translation>Nom d&apos;un contact ou d&apos;un collègue</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Déléguer</translation>
    </message>
    <message>
        <source>Compose e-mail</source>
        <translation>Rédiger l’e-mail</translation>
    </message>
    <message>
        <source>Open your mail program with a message handing the task over: deadline, country, internal client, notes, follow-up</source>
        <translation>Ouvre votre messagerie avec un message qui confie la tâche : échéance, pays, client interne, notes, relance</translation>
    </message>
    <message>
        <source>Colleagues…</source>
        <translation>Collègues…</translation>
    </message>
    <message>
        <source>The people you can delegate to, with their languages and skills</source>
        <translation>Les personnes à qui vous pouvez déléguer, avec leurs langues et compétences</translation>
    </message>
    <message>
        <source>Delegate the selected task to:</source>
        <translation>Déléguer la tâche sélectionnée à&#xa0;:</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Time log</source>
        <translation>Journal du temps</translation>
    </message>
    <message>
        <source>Delegable work</source>
        <translation>Travail délégable</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The agreed shares add up to {0} %: more than 100 %.</source>
        <translation>Les parts convenues totalisent {0} % : plus de 100 %.</translation>
    </message>
    <message>
        <source>No time logged in this period. Start the timer from the toolbar or add time in the Time log tab.</source>
        <translation>Aucun temps saisi sur cette période. Démarrez le chrono depuis la barre d&apos;outils ou ajoutez du temps dans l&apos;onglet Journal du temps.</translation>
    </message>
    <message>
        <source>{0} logged from {1} to {2}.</source>
        <translation>Temps saisi du {1} au {2}&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under-served:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Pays délaissés&#xa0;:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <source>Time on delegable tasks (urgent, not important): {0} — {1:.0f} % of logged time, {2} per day with logged time.</source>
        <translation>Temps passé sur des tâches délégables (urgentes, non importantes)&#xa0;: {0} — {1:.0f}&#xa0;% du temps saisi, {2} par jour travaillé.</translation>
    </message>
    <message>
        <source>More than 40 % of a 10-hour day goes to work others could do. Delegate some of it.</source>
        <translation>Plus de 40&#xa0;% d&apos;une journée de 10 heures va à du travail que d&apos;autres pourraient faire. Déléguez-en une partie.</translation>
    </message>
    <message>
        <source>No open task to delegate right now.</source>
        <translation>Aucune tâche ouverte à déléguer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Supprimer la saisie de temps</translation>
    </message>
    <message>
        <source>Speaks the country&apos;s language</source>
        <translation>Parle la langue du pays</translation>
    </message>
    <message>
        <source>Does not speak the country&apos;s language</source>
        <translation>Ne parle pas la langue du pays</translation>
    </message>
    <message>
        <source>Skills: {0}</source>
        <translation>Compétences : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) already delegated</source>
        <translation>
            <numerusform>%n tâche en cours déjà déléguée</numerusform>
            <numerusform>%n tâches en cours déjà déléguées</numerusform>
        </translation>
    </message>
    <message>
        <source>Set agreed share</source>
        <translation>Fixer la part convenue</translation>
    </message>
    <message>
        <source>Delegate to {0}</source>
        <translation>Déléguer à {0}</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the running timer</source>
        <translation>Arrêter le chrono en cours</translation>
    </message>
    <message>
        <source>Country to time</source>
        <translation>Pays à chronométrer</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le chrono</translation>
    </message>
    <message>
        <source>Start timing work for the chosen country (stops the running timer)</source>
        <translation>Chronométrer le travail pour le pays choisi (arrête le chrono en cours)</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Aucun chrono en cours</translation>
    </message>
    <message>
        <source>Timing {0} — {1}</source>
        <translation>Chrono sur {0} — {1}</translation>
    </message>
    <message>
        <source>{0}: running since {1}</source>
        <translation>{0}&#xa0;: en cours depuis {1}</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le chrono</translation>
    </message>
    <message>
        <source>Timer still running</source>
        <translation>Chrono toujours en cours</translation>
    </message>
    <message>
        <source>The timer on “{0}” has been running since {1}. The app was last used at {2}.</source>
        <translation>Le chrono sur «&#xa0;{0}&#xa0;» tourne depuis {1}. L&apos;application a été utilisée pour la dernière fois à {2}.</translation>
    </message>
    <message>
        <source>What should be kept?</source>
        <translation>Que faut-il garder&#xa0;?</translation>
    </message>
    <message>
        <source>Keep all the time</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <source>Stop at {0}</source>
        <translation>Arrêter à {0}</translation>
    </message>
    <message>
        <source>Discard this entry</source>
        <translation>Supprimer cette saisie</translation>
    </message>
    <message>
        <source>Keep idle time</source>
        <translation>Garder le temps d&apos;inactivité</translation>
    </message>
    <message>
        <source>Stop timer at last activity</source>
        <translation>Arrêter le chrono à la dernière activité</translation>
    </message>
    <message>
        <source>Discard timer</source>
        <translation>Abandonner le chrono</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Chrono</translation>
    </message>
</context>
<context>
    <name>TrancheDialog</name>
    <message>
        <source>Split into parts: {0}</source>
        <translation>Découper en tranches&#xa0;: {0}</translation>
    </message>
    <message>
        <source>List the parts, most urgent first, with the effort of each in working days. “Propose a schedule” spreads them over the working days of {0} (public holidays skipped) up to the deadline; adjust the dates if needed, then OK.</source>
        <translation>Listez les tranches, la plus urgente d&apos;abord, avec la charge de chacune en jours ouvrés. «&#xa0;Proposer un planning&#xa0;» les répartit sur les jours ouvrés de {0} (jours fériés exclus) jusqu&apos;à l&apos;échéance&#xa0;; ajustez les dates si besoin, puis OK.</translation>
    </message>
    <message>
        <source>your zone</source>
        <translation>votre fuseau</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Actuellement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not split yet.</source>
        <translation>Pas encore découpée.</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Début du plan</translation>
    </message>
    <message>
        <source>Client&apos;s deadline</source>
        <translation>Échéance du client</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Propose a schedule</source>
        <translation>Proposer un planning</translation>
    </message>
    <message>
        <source>Export schedule…</source>
        <translation>Exporter le planning…</translation>
    </message>
    <message>
        <source>A document (PDF or text) and a calendar file of the parts&apos; deadlines, to propose the schedule to the client</source>
        <translation>Un document (PDF ou texte) et un fichier d&apos;agenda avec les échéances des tranches, pour proposer le planning au client</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Tranche 1</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Tranche 2</translation>
    </message>
    <message>
        <source>Part {0}</source>
        <translation>Tranche {0}</translation>
    </message>
    <message>
        <source>The parts add up to {0} working days but only {1} are left before the deadline: each part got a shorter share. Adjust the dates or talk to the client.</source>
        <translation>Les tranches totalisent {0} jours ouvrés, mais il n&apos;en reste que {1} avant l&apos;échéance&#xa0;: chaque tranche a reçu une part plus courte. Ajustez les dates ou parlez-en au client.</translation>
    </message>
    <message>
        <source>Proposed over {0} working days. Adjust the dates if needed, then OK.</source>
        <translation>Planning proposé sur {0} jours ouvrés. Ajustez les dates si besoin, puis OK.</translation>
    </message>
    <message>
        <source>Split “{0}” into {1} parts</source>
        <translation>Découper «&#xa0;{0}&#xa0;» en {1} tranches</translation>
    </message>
    <message>
        <source>The parts could not be saved; nothing was changed.</source>
        <translation>Les tranches n&apos;ont pas pu être enregistrées&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Exporter le planning</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Text file (*.txt)</source>
        <translation>Document PDF (*.pdf);;Fichier texte (*.txt)</translation>
    </message>
    <message>
        <source>The schedule could not be written: {0}</source>
        <translation>Le planning n&apos;a pas pu être enregistré : {0}</translation>
    </message>
    <message>
        <source>Saved {0} and {1} (the deadlines, for the client&apos;s calendar).</source>
        <translation>{0} et {1} enregistrés (les échéances, pour l&apos;agenda du client).</translation>
    </message>
    <message>
        <source>Add at least one part.</source>
        <translation>Ajoutez au moins une tranche.</translation>
    </message>
    <message>
        <source>Part {index} has no name.</source>
        <translation>La tranche {index} n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The effort of “{title}” must be at least one day.</source>
        <translation>La charge de «&#xa0;{title}&#xa0;» doit être d&apos;au moins un jour.</translation>
    </message>
    <message>
        <source>The deadline ({deadline}) is before the start of the plan ({start}).</source>
        <translation>L&apos;échéance ({deadline}) est antérieure au début du plan ({start}).</translation>
    </message>
    <message>
        <source>{parts} parts need at least {parts} working days; there are only {days} between {start} and {deadline}. Move the deadline or merge parts.</source>
        <translation>{parts} tranches demandent au moins {parts} jours ouvrés&#xa0;; il n&apos;y en a que {days} entre le {start} et le {deadline}. Repoussez l&apos;échéance ou regroupez des tranches.</translation>
    </message>
    <message>
        <source>“{title}” needs a start and a due date: propose a schedule or enter them.</source>
        <translation>«&#xa0;{title}&#xa0;» doit avoir une date de début et une échéance&#xa0;: proposez un planning ou saisissez-les.</translation>
    </message>
    <message>
        <source>“{title}” is due on {due}, before the plan starts ({start}).</source>
        <translation>L&apos;échéance de «&#xa0;{title}&#xa0;» est le {due}, avant le début du plan ({start}).</translation>
    </message>
    <message>
        <source>“{title}” is due on {due}, before it starts ({part_start}).</source>
        <translation>L&apos;échéance de «&#xa0;{title}&#xa0;» est le {due}, avant son début ({part_start}).</translation>
    </message>
    <message>
        <source>“{title}” is due on {due}, after the client&apos;s deadline ({deadline}).</source>
        <translation>L&apos;échéance de «&#xa0;{title}&#xa0;» est le {due}, après celle du client ({deadline}).</translation>
    </message>
    <message>
        <source>{day} is too far from today: give dates between {first} and {last}.</source>
        <translation>Le {day} est trop loin d’aujourd’hui&#xa0;: indiquez des dates entre le {first} et le {last}.</translation>
    </message>
</context>
<context>
    <name>Tranches</name>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} sur {1} faites</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Refreshers sent</source>
        <translation>Rappels de procédures envoyés</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Séries de réunions</translation>
    </message>
    <message>
        <source>Meeting attendees</source>
        <translation>Participants aux réunions</translation>
    </message>
    <message>
        <source>Skipped meetings</source>
        <translation>Réunions sautées</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The file could not be imported: {0}. Nothing was changed.</source>
        <translation>Le fichier n&apos;a pas pu être importé&#xa0;: {0}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This file is not a Region Manager export.</source>
        <translation>Ce fichier n&apos;est pas un export de Region Manager.</translation>
    </message>
    <message>
        <source>This file is too large to be a Region Manager export.</source>
        <translation>Ce fichier est trop volumineux pour être un export de Region Manager.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Region Manager (format {0}); install the newer version to import it.</source>
        <translation>Cet export a été fait par une version plus récente de Region Manager (format {0})&#xa0;; installez cette version pour l&apos;importer.</translation>
    </message>
    <message>
        <source>This export file is damaged or incomplete.</source>
        <translation>Ce fichier d&apos;export est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>This export file holds data that Region Manager can&apos;t accept.</source>
        <translation>Ce fichier d&apos;export contient des données que Region Manager ne peut pas accepter.</translation>
    </message>
    <message>
        <source>This export conflicts with your data.</source>
        <translation>Cet export est en conflit avec vos données.</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>({0})</source>
        <translation>({0})</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>{0} lignes exportées dans {1}</translation>
    </message>
    <message>
        <source>The export could not be written: {0}. Any earlier file of that name is unchanged.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;: {0}. Un éventuel fichier existant du même nom est inchangé.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importation annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <source>Region Manager export (*{0})</source>
        <translation>Export Region Manager (*{0})</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Region Manager export (*{0});;All files (*)</source>
        <translation>Export Region Manager (*{0});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TravelBar</name>
    <message>
        <source>Time zone change</source>
        <translation>Changement de fuseau horaire</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Your computer is now on {0} time. Switch Region Manager to {1}?</source>
        <translation>Votre ordinateur est maintenant sur le fuseau {0}. Passer Region Manager à l’heure de {1} ?</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Garder l’heure de {0}</translation>
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <source>Share per week (%)</source>
        <translation>Part par semaine (%)</translation>
    </message>
</context>
<context>
    <name>WaitingForModel</name>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relance le</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Déléguée</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>{0} (passed)</source>
        <translation>{0} (dépassée)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Region Manager&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans Region Manager&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Every request from every country in one list, what to know about each country, the weekly meeting with your correspondents, and a fair account of your time.

Everything stays on this computer and works offline.</source>
        <translation>Toutes les demandes de tous les pays dans une seule liste, l&apos;essentiel à savoir sur chaque pays, la réunion hebdomadaire avec vos correspondants et un suivi fidèle de votre temps.

Tout reste sur cet ordinateur et fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Start with the sample region</source>
        <translation>Commencer avec la région d&apos;exemple</translation>
    </message>
    <message>
        <source>France, Germany, Morocco, the United Arab Emirates and Poland, with notes, contacts, tasks and a weekly meeting</source>
        <translation>France, Allemagne, Maroc, Émirats arabes unis et Pologne, avec notes, contacts, tâches et une réunion hebdomadaire</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer sans données</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Where are you now?</source>
        <translation>Où êtes-vous en ce moment ?</translation>
    </message>
    <message>
        <source>Time zone you are in:</source>
        <translation>Fuseau horaire où vous êtes :</translation>
    </message>
    <message>
        <source>Type a city, region or country…</source>
        <translation>Tapez une ville, une région ou un pays…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Your region</source>
        <translation>Votre région</translation>
    </message>
    <message>
        <source>All time zones</source>
        <translation>Tous les fuseaux horaires</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The data folder can&apos;t be used: {0}</source>
        <translation>Le dossier de données ne peut pas être utilisé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Region Manager is already running on {0}, and does not answer.</source>
        <translation>Region Manager est déjà ouvert sur {0} et ne répond pas.</translation>
    </message>
    <message>
        <source>Region Manager</source>
        <translation>Region Manager</translation>
    </message>
</context>
</TS>
