# bash completion for undoc: commands, options and files (.txt, .pdf and
# directories for inputs).
_undoc() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="parse validate outline tokens text"
  local common="--lenient --encoding --strict -q --quiet -j --jobs --max-bytes --help"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  case "$prev" in
    -f|--format) COMPREPLY=($(compgen -W "json jsonl csv" -- "$cur")); return ;;
    --table) COMPREPLY=($(compgen -W "paragraphs toc footnotes tables diagnostics tokens" -- "$cur")); return ;;
    --diagnostics-format) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --encoding) COMPREPLY=($(compgen -W "UTF-8 UTF-16LE UTF-16BE GB18030" -- "$cur")); return ;;
    -o|--output|--dict) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ "$cur" == -* ]]; then
    local extra=""
    case "${COMP_WORDS[1]}" in
      parse) extra="-o --output -f --format --table --bom --compact --analyze --tokens --dict" ;;
      validate) extra="--diagnostics-format" ;;
      outline) extra="--color" ;;
      tokens) extra="-f --format --lines --dict" ;;
    esac
    COMPREPLY=($(compgen -W "$common $extra" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -X '!*.@(txt|pdf|TXT|PDF)' -- "$cur") $(compgen -d -- "$cur"))
}
complete -o filenames -F _undoc undoc
