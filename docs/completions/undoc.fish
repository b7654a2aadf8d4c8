# fish completion for undoc: commands, options and files.
set -l commands parse validate outline tokens text
complete -c undoc -f
complete -c undoc -n "not __fish_seen_subcommand_from $commands" -a parse -d 'parse documents into JSON, JSON Lines or CSV'
complete -c undoc -n "not __fish_seen_subcommand_from $commands" -a validate -d 'check document structure; exit 1 on errors'
complete -c undoc -n "not __fish_seen_subcommand_from $commands" -a outline -d 'print the heading tree of a document'
complete -c undoc -n "not __fish_seen_subcommand_from $commands" -a tokens -d 'words of every text of a document'
complete -c undoc -n "not __fish_seen_subcommand_from $commands" -a text -d 'print the text undoc reads from a file'
complete -c undoc -n "not __fish_seen_subcommand_from $commands" -l version -d 'show the version'
complete -c undoc -l help -d 'show help'

# inputs: .txt and .pdf files and directories
complete -c undoc -n "__fish_seen_subcommand_from $commands" -F
set -l inputs parse validate outline tokens
complete -c undoc -n "__fish_seen_subcommand_from $inputs text" -l lenient -d 'replace undecodable bytes with U+FFFD'
complete -c undoc -n "__fish_seen_subcommand_from $inputs text" -l encoding -x -a 'UTF-8 UTF-16LE UTF-16BE GB18030' -d 'force the input encoding'
complete -c undoc -n "__fish_seen_subcommand_from $inputs" -l strict -d 'exit 1 on warnings as well as errors'
complete -c undoc -n "__fish_seen_subcommand_from $inputs" -s q -l quiet -d 'no diagnostics on standard error'
complete -c undoc -n "__fish_seen_subcommand_from $inputs" -s j -l jobs -x -d 'files converted in parallel'
complete -c undoc -n "__fish_seen_subcommand_from $inputs" -l max-bytes -x -d 'read no input larger than this'

complete -c undoc -n "__fish_seen_subcommand_from parse" -s o -l output -r -d 'write to FILE, or one file per input into DIR'
complete -c undoc -n "__fish_seen_subcommand_from parse" -s f -l format -x -a 'json jsonl csv' -d 'output format'
complete -c undoc -n "__fish_seen_subcommand_from parse" -l table -x -a 'paragraphs toc footnotes tables diagnostics tokens' -d 'CSV table'
complete -c undoc -n "__fish_seen_subcommand_from parse" -l bom -d 'start CSV with a UTF-8 BOM'
complete -c undoc -n "__fish_seen_subcommand_from parse" -l compact -d 'JSON on one line'
complete -c undoc -n "__fish_seen_subcommand_from parse" -l analyze -d 'references and sentences on every paragraph'
complete -c undoc -n "__fish_seen_subcommand_from parse" -l tokens -d 'tokens on every text'
complete -c undoc -n "__fish_seen_subcommand_from parse tokens" -l dict -r -d 'add a term list for tokens'
complete -c undoc -n "__fish_seen_subcommand_from validate" -l diagnostics-format -x -a 'text json sarif github' -d 'diagnostics format'
complete -c undoc -n "__fish_seen_subcommand_from outline" -l color -x -a 'auto always never' -d 'colour'
complete -c undoc -n "__fish_seen_subcommand_from tokens" -s f -l format -x -a 'csv jsonl' -d 'output format'
complete -c undoc -n "__fish_seen_subcommand_from tokens" -l lines -d 'tokenise each input line as it stands'
