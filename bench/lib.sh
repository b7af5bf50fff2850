# Shared by the bench scripts (sourced): median_ms CMD... runs CMD $RUNS times and prints the median wall time in
# ms; exit 1 (findings) counts as a successful run.
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
