#!/bin/sh
# collect-host-facts.sh — the eBPF Digest host collector: the raw facts of this Linux host that the
# site's evaluator turns into verdicts, printed as ONE JSON document (the HostFacts schema,
# lib/host-facts/schema.ts). Nothing is sent anywhere; you choose what to do with them.
#
# Usage:  sh collect-host-facts.sh > host-report.json        (then load it on the site's probe page)
#
# Needs:  a POSIX sh (dash, bash, busybox sh), coreutils or busybox (od, tr, head, tail, sort, uniq,
#         paste, cut, wc, ls, mktemp, date, uname), grep, sed, awk; gzip only for /proc/config.gz. No root.
# Env:    HOST_ROOT, HOST_PROC, HOST_SYS, HOST_ETC — where the host's /, /proc, /sys, /etc are
#         (a container with the host mounted at /host: HOST_ROOT=/host). Defaults: /, then
#         $HOST_ROOT/proc, $HOST_ROOT/sys, $HOST_ROOT/etc — the probe's resolveHostRoots.
#         EBPF_DIGEST_EXTRA_FUNCTIONS, …_MEMBERS (struct.member), …_ENUMERATORS, …_PATHS, …_SYSCTLS:
#         more names to look up (space-separated).
# Reads:  /proc/sys/kernel/{osrelease,arch} and the sysctls below, /etc/os-release (or
#         /usr/lib/os-release), /boot/config-$(release) or /proc/config.gz, /sys/kernel/btf/vmlinux
#         (BTF: six enums and which of the functions, members, enumerators below exist), the names in
#         /sys/kernel/btf/, /sys/kernel/security/{lsm,lockdown}, /proc/cmdline (only lsm= and
#         security= are kept), /proc/self/{mountinfo,status,limits}; runs `ip -V` when HOST_ROOT is /.
# A fact that cannot be read is reported as "unknown" with the reason; the others are unaffected.

# BEGIN GENERATED WANTED NAMES (npm run collect-script:sync — from the site's content and catalog)
WANTED_FUNCTIONS='
__bpf_trap
__bpf_trap_impl
__scx_bpf_dsq_insert_vtime
__scx_bpf_dsq_insert_vtime_impl
__scx_bpf_select_cpu_and
__scx_bpf_select_cpu_and_impl
bbr_cwnd_event
bbr_cwnd_event_impl
bbr_cwnd_event_tx_start
bbr_cwnd_event_tx_start_impl
bbr_init
bbr_init_impl
bbr_main
bbr_main_impl
bbr_min_tso_segs
bbr_min_tso_segs_impl
bbr_set_state
bbr_set_state_impl
bbr_sndbuf_expand
bbr_sndbuf_expand_impl
bbr_ssthresh
bbr_ssthresh_impl
bbr_undo_cwnd
bbr_undo_cwnd_impl
bpf_arena_alloc_pages
bpf_arena_alloc_pages_impl
bpf_arena_free_pages
bpf_arena_free_pages_impl
bpf_arena_reserve_pages
bpf_arena_reserve_pages_impl
bpf_cast_to_kern_ctx
bpf_cast_to_kern_ctx_impl
bpf_cgroup_acquire
bpf_cgroup_acquire_impl
bpf_cgroup_ancestor
bpf_cgroup_ancestor_impl
bpf_cgroup_from_id
bpf_cgroup_from_id_impl
bpf_cgroup_read_xattr
bpf_cgroup_read_xattr_impl
bpf_cgroup_release
bpf_cgroup_release_impl
bpf_copy_from_user_dynptr
bpf_copy_from_user_dynptr_impl
bpf_copy_from_user_str
bpf_copy_from_user_str_dynptr
bpf_copy_from_user_str_dynptr_impl
bpf_copy_from_user_str_impl
bpf_copy_from_user_task_dynptr
bpf_copy_from_user_task_dynptr_impl
bpf_copy_from_user_task_str
bpf_copy_from_user_task_str_dynptr
bpf_copy_from_user_task_str_dynptr_impl
bpf_copy_from_user_task_str_impl
bpf_cpumask_acquire
bpf_cpumask_acquire_impl
bpf_cpumask_and
bpf_cpumask_and_impl
bpf_cpumask_any_and_distribute
bpf_cpumask_any_and_distribute_impl
bpf_cpumask_any_distribute
bpf_cpumask_any_distribute_impl
bpf_cpumask_clear
bpf_cpumask_clear_cpu
bpf_cpumask_clear_cpu_impl
bpf_cpumask_clear_impl
bpf_cpumask_copy
bpf_cpumask_copy_impl
bpf_cpumask_create
bpf_cpumask_create_impl
bpf_cpumask_empty
bpf_cpumask_empty_impl
bpf_cpumask_equal
bpf_cpumask_equal_impl
bpf_cpumask_first
bpf_cpumask_first_and
bpf_cpumask_first_and_impl
bpf_cpumask_first_impl
bpf_cpumask_first_zero
bpf_cpumask_first_zero_impl
bpf_cpumask_full
bpf_cpumask_full_impl
bpf_cpumask_intersects
bpf_cpumask_intersects_impl
bpf_cpumask_or
bpf_cpumask_or_impl
bpf_cpumask_populate
bpf_cpumask_populate_impl
bpf_cpumask_release
bpf_cpumask_release_impl
bpf_cpumask_set_cpu
bpf_cpumask_set_cpu_impl
bpf_cpumask_setall
bpf_cpumask_setall_impl
bpf_cpumask_subset
bpf_cpumask_subset_impl
bpf_cpumask_test_and_clear_cpu
bpf_cpumask_test_and_clear_cpu_impl
bpf_cpumask_test_and_set_cpu
bpf_cpumask_test_and_set_cpu_impl
bpf_cpumask_test_cpu
bpf_cpumask_test_cpu_impl
bpf_cpumask_weight
bpf_cpumask_weight_impl
bpf_cpumask_xor
bpf_cpumask_xor_impl
bpf_crypto_ctx_acquire
bpf_crypto_ctx_acquire_impl
bpf_crypto_ctx_create
bpf_crypto_ctx_create_impl
bpf_crypto_ctx_release
bpf_crypto_ctx_release_impl
bpf_crypto_decrypt
bpf_crypto_decrypt_impl
bpf_crypto_encrypt
bpf_crypto_encrypt_impl
bpf_ct_change_status
bpf_ct_change_status_impl
bpf_ct_change_timeout
bpf_ct_change_timeout_impl
bpf_ct_insert_entry
bpf_ct_insert_entry_impl
bpf_ct_release
bpf_ct_release_impl
bpf_ct_set_nat_info
bpf_ct_set_nat_info_impl
bpf_ct_set_status
bpf_ct_set_status_impl
bpf_ct_set_timeout
bpf_ct_set_timeout_impl
bpf_dynptr_adjust
bpf_dynptr_adjust_impl
bpf_dynptr_clone
bpf_dynptr_clone_impl
bpf_dynptr_copy
bpf_dynptr_copy_impl
bpf_dynptr_file_discard
bpf_dynptr_file_discard_impl
bpf_dynptr_from_file
bpf_dynptr_from_file_impl
bpf_dynptr_from_skb
bpf_dynptr_from_skb_impl
bpf_dynptr_from_skb_meta
bpf_dynptr_from_skb_meta_impl
bpf_dynptr_from_xdp
bpf_dynptr_from_xdp_impl
bpf_dynptr_is_null
bpf_dynptr_is_null_impl
bpf_dynptr_is_rdonly
bpf_dynptr_is_rdonly_impl
bpf_dynptr_memset
bpf_dynptr_memset_impl
bpf_dynptr_size
bpf_dynptr_size_impl
bpf_dynptr_slice
bpf_dynptr_slice_impl
bpf_dynptr_slice_rdwr
bpf_dynptr_slice_rdwr_impl
bpf_get_dentry_xattr
bpf_get_dentry_xattr_impl
bpf_get_file_xattr
bpf_get_file_xattr_impl
bpf_get_fsverity_digest
bpf_get_fsverity_digest_impl
bpf_get_kmem_cache
bpf_get_kmem_cache_impl
bpf_get_socket_ptr_cookie
bpf_get_task_exe_file
bpf_get_task_exe_file_impl
bpf_io_uring_get_region
bpf_io_uring_get_region_impl
bpf_io_uring_submit_sqes
bpf_io_uring_submit_sqes_impl
bpf_iter_bits_destroy
bpf_iter_bits_destroy_impl
bpf_iter_bits_new
bpf_iter_bits_new_impl
bpf_iter_bits_next
bpf_iter_bits_next_impl
bpf_iter_css_destroy
bpf_iter_css_destroy_impl
bpf_iter_css_new
bpf_iter_css_new_impl
bpf_iter_css_next
bpf_iter_css_next_impl
bpf_iter_css_task_destroy
bpf_iter_css_task_destroy_impl
bpf_iter_css_task_new
bpf_iter_css_task_new_impl
bpf_iter_css_task_next
bpf_iter_css_task_next_impl
bpf_iter_dmabuf_destroy
bpf_iter_dmabuf_destroy_impl
bpf_iter_dmabuf_new
bpf_iter_dmabuf_new_impl
bpf_iter_dmabuf_next
bpf_iter_dmabuf_next_impl
bpf_iter_kmem_cache_destroy
bpf_iter_kmem_cache_destroy_impl
bpf_iter_kmem_cache_new
bpf_iter_kmem_cache_new_impl
bpf_iter_kmem_cache_next
bpf_iter_kmem_cache_next_impl
bpf_iter_num_destroy
bpf_iter_num_destroy_impl
bpf_iter_num_new
bpf_iter_num_new_impl
bpf_iter_num_next
bpf_iter_num_next_impl
bpf_iter_scx_dsq_destroy
bpf_iter_scx_dsq_destroy_impl
bpf_iter_scx_dsq_new
bpf_iter_scx_dsq_new_impl
bpf_iter_scx_dsq_next
bpf_iter_scx_dsq_next_impl
bpf_iter_task_destroy
bpf_iter_task_destroy_impl
bpf_iter_task_new
bpf_iter_task_new_impl
bpf_iter_task_next
bpf_iter_task_next_impl
bpf_iter_task_vma
bpf_iter_task_vma_destroy
bpf_iter_task_vma_destroy_impl
bpf_iter_task_vma_new
bpf_iter_task_vma_new_impl
bpf_iter_task_vma_next
bpf_iter_task_vma_next_impl
bpf_jit_supports_kfunc_call
bpf_key_put
bpf_key_put_impl
bpf_kfree_skb
bpf_kfree_skb_impl
bpf_list_back
bpf_list_back_impl
bpf_list_front
bpf_list_front_impl
bpf_list_pop_back
bpf_list_pop_back_impl
bpf_list_pop_front
bpf_list_pop_front_impl
bpf_list_push_back
bpf_list_push_back_impl
bpf_list_push_front
bpf_list_push_front_impl
bpf_local_irq_restore
bpf_local_irq_restore_impl
bpf_local_irq_save
bpf_local_irq_save_impl
bpf_lookup_system_key
bpf_lookup_system_key_impl
bpf_lookup_user_key
bpf_lookup_user_key_impl
bpf_map_kmalloc_node
bpf_map_sum_elem_count
bpf_map_sum_elem_count_impl
bpf_obj_drop
bpf_obj_drop_impl
bpf_obj_new
bpf_obj_new_impl
bpf_path_d_path
bpf_path_d_path_impl
bpf_percpu_obj_drop
bpf_percpu_obj_drop_impl
bpf_percpu_obj_new
bpf_percpu_obj_new_impl
bpf_preempt_disable
bpf_preempt_disable_impl
bpf_preempt_enable
bpf_preempt_enable_impl
bpf_probe_read_kernel_dynptr
bpf_probe_read_kernel_dynptr_impl
bpf_probe_read_kernel_str_dynptr
bpf_probe_read_kernel_str_dynptr_impl
bpf_probe_read_user_dynptr
bpf_probe_read_user_dynptr_impl
bpf_probe_read_user_str_dynptr
bpf_probe_read_user_str_dynptr_impl
bpf_prog_test_run_sk_lookup
bpf_put_file
bpf_put_file_impl
bpf_qdisc_bstats_update
bpf_qdisc_bstats_update_impl
bpf_qdisc_init_prologue
bpf_qdisc_init_prologue_impl
bpf_qdisc_reset_destroy_epilogue
bpf_qdisc_reset_destroy_epilogue_impl
bpf_qdisc_skb_drop
bpf_qdisc_skb_drop_impl
bpf_qdisc_watchdog_schedule
bpf_qdisc_watchdog_schedule_impl
bpf_rbtree_add
bpf_rbtree_add_impl
bpf_rbtree_first
bpf_rbtree_first_impl
bpf_rbtree_left
bpf_rbtree_left_impl
bpf_rbtree_remove
bpf_rbtree_remove_impl
bpf_rbtree_right
bpf_rbtree_right_impl
bpf_rbtree_root
bpf_rbtree_root_impl
bpf_rcu_read_lock
bpf_rcu_read_lock_impl
bpf_rcu_read_unlock
bpf_rcu_read_unlock_impl
bpf_rdonly_cast
bpf_rdonly_cast_impl
bpf_refcount_acquire
bpf_refcount_acquire_impl
bpf_remove_dentry_xattr
bpf_remove_dentry_xattr_impl
bpf_res_spin_lock
bpf_res_spin_lock_impl
bpf_res_spin_lock_irqsave
bpf_res_spin_lock_irqsave_impl
bpf_res_spin_unlock
bpf_res_spin_unlock_impl
bpf_res_spin_unlock_irqrestore
bpf_res_spin_unlock_irqrestore_impl
bpf_send_signal_task
bpf_send_signal_task_impl
bpf_session_cookie
bpf_session_cookie_impl
bpf_session_is_return
bpf_session_is_return_impl
bpf_set_dentry_xattr
bpf_set_dentry_xattr_impl
bpf_sk_assign_tcp_reqsk
bpf_sk_assign_tcp_reqsk_impl
bpf_sk_storage_get_tracing
bpf_sk_storage_tracing_allowed
bpf_skb_ct_alloc
bpf_skb_ct_alloc_impl
bpf_skb_ct_lookup
bpf_skb_ct_lookup_impl
bpf_skb_get_fou_encap
bpf_skb_get_fou_encap_impl
bpf_skb_get_hash
bpf_skb_get_hash_impl
bpf_skb_get_xfrm_info
bpf_skb_get_xfrm_info_impl
bpf_skb_set_fou_encap
bpf_skb_set_fou_encap_impl
bpf_skb_set_xfrm_info
bpf_skb_set_xfrm_info_impl
bpf_sock_addr_set_sun_path
bpf_sock_addr_set_sun_path_impl
bpf_sock_destroy
bpf_sock_destroy_impl
bpf_sock_ops_enable_tx_tstamp
bpf_sock_ops_enable_tx_tstamp_impl
bpf_strcasecmp
bpf_strcasecmp_impl
bpf_strcasestr
bpf_strcasestr_impl
bpf_strchr
bpf_strchr_impl
bpf_strchrnul
bpf_strchrnul_impl
bpf_strcmp
bpf_strcmp_impl
bpf_strcspn
bpf_strcspn_impl
bpf_stream_print_stack
bpf_stream_print_stack_impl
bpf_stream_vprintk
bpf_stream_vprintk_impl
bpf_strlen
bpf_strlen_impl
bpf_strncasecmp
bpf_strncasecmp_impl
bpf_strncasestr
bpf_strncasestr_impl
bpf_strnchr
bpf_strnchr_impl
bpf_strnstr
bpf_strnstr_impl
bpf_strrchr
bpf_strrchr_impl
bpf_strspn
bpf_strspn_impl
bpf_strstr
bpf_strstr_impl
bpf_task_acquire
bpf_task_acquire_impl
bpf_task_from_pid
bpf_task_from_pid_impl
bpf_task_from_vpid
bpf_task_from_vpid_impl
bpf_task_get_cgroup1
bpf_task_get_cgroup1_impl
bpf_task_release
bpf_task_release_impl
bpf_task_storage_get
bpf_task_under_cgroup
bpf_task_under_cgroup_impl
bpf_task_work_schedule_resume
bpf_task_work_schedule_resume_impl
bpf_task_work_schedule_signal
bpf_task_work_schedule_signal_impl
bpf_throw
bpf_throw_impl
bpf_timer_cancel_async
bpf_timer_cancel_async_impl
bpf_verify_pkcs7_signature
bpf_verify_pkcs7_signature_impl
bpf_wq_init
bpf_wq_init_impl
bpf_wq_set_callback
bpf_wq_set_callback_impl
bpf_wq_start
bpf_wq_start_impl
bpf_xdp_ct_alloc
bpf_xdp_ct_alloc_impl
bpf_xdp_ct_lookup
bpf_xdp_ct_lookup_impl
bpf_xdp_flow_lookup
bpf_xdp_flow_lookup_impl
bpf_xdp_get_xfrm_state
bpf_xdp_get_xfrm_state_impl
bpf_xdp_metadata_rx_hash
bpf_xdp_metadata_rx_hash_impl
bpf_xdp_metadata_rx_timestamp
bpf_xdp_metadata_rx_timestamp_impl
bpf_xdp_metadata_rx_vlan_tag
bpf_xdp_metadata_rx_vlan_tag_impl
bpf_xdp_pull_data
bpf_xdp_pull_data_impl
bpf_xdp_xfrm_state_release
bpf_xdp_xfrm_state_release_impl
build_id_parse
cgroup_rstat_flush
cgroup_rstat_flush_impl
cgroup_rstat_updated
cgroup_rstat_updated_impl
check_mem_reg
crash_kexec
crash_kexec_impl
css_rstat_flush
css_rstat_flush_impl
css_rstat_updated
css_rstat_updated_impl
cubictcp_acked
cubictcp_acked_impl
cubictcp_cong_avoid
cubictcp_cong_avoid_impl
cubictcp_cwnd_event
cubictcp_cwnd_event_impl
cubictcp_cwnd_event_tx_start
cubictcp_cwnd_event_tx_start_impl
cubictcp_init
cubictcp_init_impl
cubictcp_recalc_ssthresh
cubictcp_recalc_ssthresh_impl
cubictcp_state
cubictcp_state_impl
dctcp_cwnd_event
dctcp_cwnd_event_impl
dctcp_cwnd_event_tx_start
dctcp_cwnd_event_tx_start_impl
dctcp_cwnd_undo
dctcp_cwnd_undo_impl
dctcp_init
dctcp_init_impl
dctcp_ssthresh
dctcp_ssthresh_impl
dctcp_state
dctcp_state_impl
dctcp_update_alpha
dctcp_update_alpha_impl
hid_bpf_allocate_context
hid_bpf_allocate_context_impl
hid_bpf_attach_prog
hid_bpf_attach_prog_impl
hid_bpf_get_data
hid_bpf_get_data_impl
hid_bpf_hw_output_report
hid_bpf_hw_output_report_impl
hid_bpf_hw_request
hid_bpf_hw_request_impl
hid_bpf_input_report
hid_bpf_input_report_impl
hid_bpf_release_context
hid_bpf_release_context_impl
hid_bpf_try_input_report
hid_bpf_try_input_report_impl
scx_bpf_consume
scx_bpf_consume_impl
scx_bpf_cpu_curr
scx_bpf_cpu_curr_impl
scx_bpf_cpu_node
scx_bpf_cpu_node_impl
scx_bpf_cpu_rq
scx_bpf_cpu_rq_impl
scx_bpf_cpuperf_cap
scx_bpf_cpuperf_cap_impl
scx_bpf_cpuperf_cur
scx_bpf_cpuperf_cur_impl
scx_bpf_cpuperf_set
scx_bpf_cpuperf_set_impl
scx_bpf_create_dsq
scx_bpf_create_dsq_impl
scx_bpf_destroy_dsq
scx_bpf_destroy_dsq_impl
scx_bpf_dispatch
scx_bpf_dispatch_cancel
scx_bpf_dispatch_cancel_impl
scx_bpf_dispatch_from_dsq
scx_bpf_dispatch_from_dsq_impl
scx_bpf_dispatch_from_dsq_set_slice
scx_bpf_dispatch_from_dsq_set_slice_impl
scx_bpf_dispatch_from_dsq_set_vtime
scx_bpf_dispatch_from_dsq_set_vtime_impl
scx_bpf_dispatch_impl
scx_bpf_dispatch_nr_slots
scx_bpf_dispatch_nr_slots_impl
scx_bpf_dispatch_vtime
scx_bpf_dispatch_vtime_from_dsq
scx_bpf_dispatch_vtime_from_dsq_impl
scx_bpf_dispatch_vtime_impl
scx_bpf_dsq_insert
scx_bpf_dsq_insert___v2
scx_bpf_dsq_insert___v2_impl
scx_bpf_dsq_insert_impl
scx_bpf_dsq_insert_vtime
scx_bpf_dsq_insert_vtime_impl
scx_bpf_dsq_move
scx_bpf_dsq_move_impl
scx_bpf_dsq_move_set_slice
scx_bpf_dsq_move_set_slice_impl
scx_bpf_dsq_move_set_vtime
scx_bpf_dsq_move_set_vtime_impl
scx_bpf_dsq_move_to_local
scx_bpf_dsq_move_to_local___v2
scx_bpf_dsq_move_to_local___v2_impl
scx_bpf_dsq_move_to_local_impl
scx_bpf_dsq_move_vtime
scx_bpf_dsq_move_vtime_impl
scx_bpf_dsq_nr_queued
scx_bpf_dsq_nr_queued_impl
scx_bpf_dsq_peek
scx_bpf_dsq_peek_impl
scx_bpf_dsq_reenq
scx_bpf_dsq_reenq_impl
scx_bpf_dump_bstr
scx_bpf_dump_bstr_impl
scx_bpf_error_bstr
scx_bpf_error_bstr_impl
scx_bpf_events
scx_bpf_events_impl
scx_bpf_exit_bstr
scx_bpf_exit_bstr_impl
scx_bpf_get_idle_cpumask
scx_bpf_get_idle_cpumask_impl
scx_bpf_get_idle_cpumask_node
scx_bpf_get_idle_cpumask_node_impl
scx_bpf_get_idle_smtmask
scx_bpf_get_idle_smtmask_impl
scx_bpf_get_idle_smtmask_node
scx_bpf_get_idle_smtmask_node_impl
scx_bpf_get_online_cpumask
scx_bpf_get_online_cpumask_impl
scx_bpf_get_possible_cpumask
scx_bpf_get_possible_cpumask_impl
scx_bpf_kick_cpu
scx_bpf_kick_cpu_impl
scx_bpf_locked_rq
scx_bpf_locked_rq_impl
scx_bpf_now
scx_bpf_now_impl
scx_bpf_nr_cpu_ids
scx_bpf_nr_cpu_ids_impl
scx_bpf_nr_node_ids
scx_bpf_nr_node_ids_impl
scx_bpf_pick_any_cpu
scx_bpf_pick_any_cpu_impl
scx_bpf_pick_any_cpu_node
scx_bpf_pick_any_cpu_node_impl
scx_bpf_pick_idle_cpu
scx_bpf_pick_idle_cpu_impl
scx_bpf_pick_idle_cpu_node
scx_bpf_pick_idle_cpu_node_impl
scx_bpf_put_cpumask
scx_bpf_put_cpumask_impl
scx_bpf_put_idle_cpumask
scx_bpf_put_idle_cpumask_impl
scx_bpf_reenqueue_local
scx_bpf_reenqueue_local___v2
scx_bpf_reenqueue_local___v2_impl
scx_bpf_reenqueue_local_impl
scx_bpf_select_cpu_and
scx_bpf_select_cpu_and_impl
scx_bpf_select_cpu_dfl
scx_bpf_select_cpu_dfl_impl
scx_bpf_sub_dispatch
scx_bpf_sub_dispatch_impl
scx_bpf_task_cgroup
scx_bpf_task_cgroup_impl
scx_bpf_task_cpu
scx_bpf_task_cpu_impl
scx_bpf_task_running
scx_bpf_task_running_impl
scx_bpf_task_set_dsq_vtime
scx_bpf_task_set_dsq_vtime_impl
scx_bpf_task_set_slice
scx_bpf_task_set_slice_impl
scx_bpf_test_and_clear_cpu_idle
scx_bpf_test_and_clear_cpu_idle_impl
tcp_cong_avoid_ai
tcp_cong_avoid_ai_impl
tcp_reno_cong_avoid
tcp_reno_cong_avoid_impl
tcp_reno_ssthresh
tcp_reno_ssthresh_impl
tcp_reno_undo_cwnd
tcp_reno_undo_cwnd_impl
tcp_slow_start
tcp_slow_start_impl
xdp_return_frame_bulk
'
WANTED_MEMBERS='
bpf_map_ops.map_for_each_callback
bpf_map_ops.map_redirect
bpf_prog.active
bpf_prog_aux.kfunc_tab
bpf_prog_aux.used_btfs
bpf_prog_info.recursion_misses
bpf_redirect_info.map_type
btf.base_btf
btf.start_id
perf_event_attr.build_id
task_struct.bpf_storage
xdp_frame_bulk.count
'
WANTED_ENUMERATORS='
ARG_PTR_TO_CONST_STR
BPF_MTU_CHK_SEGS
BTF_KIND_FLOAT
'
WANTED_PATHS='
'
WANTED_SYSCTLS='
net.core.busy_poll
'
# END GENERATED WANTED NAMES

COLLECTOR_VERSION=1.0.0
SCHEMA_VERSION=1
LC_ALL=C
export LC_ALL
set -f
set -u
umask 077

case ${1-} in
-h | --help)
  sed -n '2,20s/^# \{0,1\}//p' "$0" 2>/dev/null || echo 'usage: sh collect-host-facts.sh > host-report.json'
  exit 0
  ;;
esac

TAB=$(printf '\t')
SOH=$(printf '\001')

# ---------------------------------------------------------------------------------------------------
# JSON

# A JSON string literal of $1. Control characters other than tab and newline are dropped.
json_str() {
  case $1 in
  *[\\\"]* | *[![:print:]]*)
    printf '%s' "$1" | tr '\n' "$SOH" | tr -d '\000-\010\013-\037' |
      sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$TAB/\\\\t/g" -e "s/$SOH/\\\\n/g" -e 's/^/"/' -e 's/$/"/'
    ;;
  *) printf '"%s"' "$1" ;;
  esac
}

# A JSON array of strings: one per line of stdin (empty lines skipped).
json_lines() {
  tr -d '\000-\010\013-\037' | sed -e '/^$/d' -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$TAB/\\\\t/g" -e 's/^/"/' -e 's/$/"/' |
    { printf '['; sep=; while IFS= read -r line; do printf '%s%s' "$sep" "$line"; sep=,; done; printf ']'; }
}

fact_ok() { # value-json source [reason]
  if [ $# -ge 3 ]; then
    printf '{"status":"ok","value":%s,"source":%s,"reason":%s}' "$1" "$(json_str "$2")" "$(json_str "$3")"
  else
    printf '{"status":"ok","value":%s,"source":%s}' "$1" "$(json_str "$2")"
  fi
}

fact_unknown() { # source reason
  printf '{"status":"unknown","value":null,"source":%s,"reason":%s}' "$(json_str "$1")" "$(json_str "$2")"
}

trim() { # $1 → TRIMMED (spaces, tabs, CR, newlines at both ends)
  TRIMMED=$1
  while :; do
    case $TRIMMED in
    [[:space:]]*) TRIMMED=${TRIMMED#?} ;;
    *[[:space:]]) TRIMMED=${TRIMMED%?} ;;
    *) break ;;
    esac
  done
}

# ---------------------------------------------------------------------------------------------------
# Where the host is (resolveHostRoots: trimmed, normalized; HOST_PROC/SYS/ETC win over HOST_ROOT)

normalize_path() {
  trim "$1"
  NORMALIZED=$(printf '%s\n' "$TRIMMED" | sed -e 's#//*#/#g' -e 's#/\./#/#g' -e 's#^\./##' -e 's#/\.$#/#')
}

root_env() { # name → ROOT_VALUE ('' when unset or blank)
  eval "ROOT_VALUE=\${$1-}"
  if [ -n "$ROOT_VALUE" ]; then normalize_path "$ROOT_VALUE"; ROOT_VALUE=$NORMALIZED; fi
}

root_env HOST_ROOT; ROOT=${ROOT_VALUE:-/}
root_join() { case $ROOT in */) printf '%s%s' "$ROOT" "$1" ;; *) printf '%s/%s' "$ROOT" "$1" ;; esac; }
root_env HOST_PROC; PROC=${ROOT_VALUE:-$(root_join proc)}
root_env HOST_SYS; SYS=${ROOT_VALUE:-$(root_join sys)}
root_env HOST_ETC; ETC=${ROOT_VALUE:-$(root_join etc)}

# A host path (/proc/…, /sys/…, /etc/…, anything else under HOST_ROOT) → HP, where we read it.
hp() {
  case $1 in
  /proc | /proc/*) HP=${PROC%/}${1#/proc} ;;
  /sys | /sys/*) HP=${SYS%/}${1#/sys} ;;
  /etc | /etc/*) HP=${ETC%/}${1#/etc} ;;
  *) HP=${ROOT%/}$1 ;;
  esac
  [ -n "$HP" ] || HP=/
}

# ---------------------------------------------------------------------------------------------------
# Reading, with the probe's reasons: ENOENT, EACCES, ENOTDIR, refused non-regular files, size caps

errno_of() { # path → ERRNO, from what ls says about it
  msg=$(ls -dL -- "$1" 2>&1 >/dev/null)
  case $msg in
  '' | *'No such file'*) ERRNO=ENOENT ;;
  *'ermission denied'*) ERRNO=EACCES ;;
  *'Not a directory'*) ERRNO=ENOTDIR ;;
  *'Too many levels'*) ERRNO=ELOOP ;;
  *'not permitted'*) ERRNO=EPERM ;;
  *) ERRNO=${msg##*: } ;;
  esac
}

file_type() { # path → FTYPE: file, directory, fifo, chardev, blockdev, socket, other; or '' with ERRNO
  if [ -f "$1" ]; then FTYPE=file
  elif [ -d "$1" ]; then FTYPE=directory
  elif [ -p "$1" ]; then FTYPE=fifo
  elif [ -c "$1" ]; then FTYPE=chardev
  elif [ -b "$1" ]; then FTYPE=blockdev
  elif [ -S "$1" ]; then FTYPE=socket
  elif [ -e "$1" ]; then FTYPE=other
  else FTYPE=; errno_of "$1"
  fi
}

refusal() {
  case $1 in
  directory) REASON='refused: a directory, not a regular file' ;;
  fifo) REASON='refused: a FIFO, not a regular file' ;;
  chardev) REASON='refused: a character device, not a regular file' ;;
  blockdev) REASON='refused: a block device, not a regular file' ;;
  socket) REASON='refused: a socket, not a regular file' ;;
  *) REASON='refused: not a regular file' ;;
  esac
}

# Checks that host path $1 is a readable regular file: HP, FSIZE set; else REASON.
open_check() {
  hp "$1"
  file_type "$HP"
  if [ -z "$FTYPE" ]; then REASON=$ERRNO; return 1; fi
  if [ "$FTYPE" != file ]; then refusal "$FTYPE"; return 1; fi
  if ! msg=$(head -c 1 -- "$HP" 2>&1 >/dev/null); then
    case $msg in *'ermission denied'*) REASON=EACCES ;; *) REASON=${msg##*: } ;; esac
    [ -n "$REASON" ] || REASON='read failed'
    return 1
  fi
  return 0
}

# Reads host path $1 (at most $2 bytes) into TEXT; else REASON. Trailing newlines are dropped.
read_text() {
  open_check "$1" || return 1
  TEXT=$(head -c "$(($2 + 1))" -- "$HP" 2>/dev/null; echo x)
  TEXT=${TEXT%x}
  if [ ${#TEXT} -gt "$2" ]; then REASON="too large: more than $2 bytes"; return 1; fi
  return 0
}

# A directory with at least one entry (how "not mounted" is told from "file missing").
populated() { hp "$1"; [ -d "$HP" ] && [ -n "$(ls -A -- "$HP" 2>/dev/null | head -n 1)" ]; }

SMALL=65536
CONFIG_MAX=2097152
MOUNTINFO_MAX=4194304
BTF_MAX=67108864

# ---------------------------------------------------------------------------------------------------
# Kernel release, architecture, distro

collect_release() {
  src=/proc/sys/kernel/osrelease
  RELEASE=
  if read_text $src $SMALL; then
    trim "$TEXT"
    if [ -n "$TRIMMED" ]; then RELEASE=$TRIMMED; F_RELEASE=$(fact_ok "$(json_str "$RELEASE")" $src); return; fi
    REASON=empty
  fi
  F_RELEASE=$(fact_unknown $src "$REASON")
}

collect_arch() {
  if read_text /proc/sys/kernel/arch $SMALL; then
    trim "$TEXT"
    if [ -n "$TRIMMED" ]; then F_ARCH=$(fact_ok "$(json_str "$TRIMMED")" /proc/sys/kernel/arch); return; fi
  fi
  # Older kernels have no kernel.arch sysctl; the machine this runs on is the host's.
  m=$(uname -m 2>/dev/null)
  if [ -n "$m" ]; then F_ARCH=$(fact_ok "$(json_str "$m")" 'uname -m'); else F_ARCH=$(fact_unknown 'uname -m' 'uname failed'); fi
}

# os-release value of key $1 in TEXT (the last assignment wins; quotes and \-escapes as the spec says)
os_release_value() {
  v=$(printf '%s\n' "$TEXT" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' | sed -n "s/^$1=//p" | tail -n 1)
  found=$(printf '%s\n' "$TEXT" | sed -e 's/^[[:space:]]*//' | grep -c "^$1=")
  if [ "$found" -eq 0 ]; then printf 'null'; return; fi
  trim "$v"; v=$TRIMMED
  case $v in
  \"*\") [ ${#v} -ge 2 ] && v=$(printf '%s' "$v" | sed -e 's/^"//' -e 's/"$//' -e 's/\\\(["\\`$]\)/\1/g') ;;
  \'*\') [ ${#v} -ge 2 ] && v=$(printf '%s' "$v" | sed -e "s/^'//" -e "s/'\$//") ;;
  esac
  json_str "$v"
}

parse_os_release() {
  printf '%s\n' "$TEXT" | sed 's/^[[:space:]]*//' | grep -q '^[A-Z][A-Z0-9_]*=' || { REASON='no KEY=value lines'; return 1; }
  DISTRO="{\"id\":$(os_release_value ID),\"versionId\":$(os_release_value VERSION_ID),\"prettyName\":$(os_release_value PRETTY_NAME)}"
}

collect_distro() {
  if read_text /etc/os-release $SMALL && parse_os_release; then F_DISTRO=$(fact_ok "$DISTRO" /etc/os-release); return; fi
  first=$REASON
  if read_text /usr/lib/os-release $SMALL && parse_os_release; then F_DISTRO=$(fact_ok "$DISTRO" /usr/lib/os-release); return; fi
  F_DISTRO=$(fact_unknown '/etc/os-release, /usr/lib/os-release' "$first; /usr/lib/os-release: $REASON")
}

# ---------------------------------------------------------------------------------------------------
# Kernel config: /boot/config-<release>, else /proc/config.gz. Set options only, as KEY=value lines.

config_lines() { # file → $TMP/config.lines (KEY=value, quotes removed)
  sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^CONFIG_[A-Za-z0-9_][A-Za-z0-9_]*=/!d' \
    -e '/^CONFIG_[A-Za-z0-9_]*=".*"$/{' -e 's/^\(CONFIG_[A-Za-z0-9_]*\)="\(.*\)"$/\1=\2/' -e 's/\\\(["\\]\)/\1/g' -e '}' \
    "$1" >"$TMP/config.lines"
  [ -s "$TMP/config.lines" ] || { REASON='no CONFIG_ options set: not a kernel config'; return 1; }
  CONFIG_JSON=$(tr -d '\000-\010\013-\037' <"$TMP/config.lines" |
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$TAB/\\\\t/g" -e 's/^\(CONFIG_[A-Za-z0-9_]*\)=\(.*\)$/"\1":"\2"/' -e '$!s/$/,/' | tr -d '\n')
  CONFIG_JSON="{$CONFIG_JSON}"
}

config_value() { # option → CV (unset: return 1)
  [ -s "$TMP/config.lines" ] || return 1
  CV=$(grep "^$1=" "$TMP/config.lines" | tail -n 1)
  [ -n "$CV" ] || return 1
  CV=${CV#*=}
}

CONFIG_OK=
collect_config() {
  tried=; reasons=
  if [ -z "$TMP" ]; then F_CONFIG=$(fact_unknown '/boot/config-<release>, /proc/config.gz' "$TMP_REASON"); return; fi
  case $RELEASE in
  '' | *..* | *[!A-Za-z0-9._+~-]* | [!A-Za-z0-9]* | ?????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????*)
    reasons='/boot/config-<release>: kernel release unknown' ;;
  *)
    boot=/boot/config-$RELEASE
    if open_check "$boot"; then
      size=$(wc -c <"$HP")
      if [ "$size" -gt $CONFIG_MAX ]; then REASON="too large: $size bytes > limit $CONFIG_MAX"
      elif config_lines "$HP"; then CONFIG_OK=1; CONFIG_SOURCE=$boot; F_CONFIG=$(fact_ok "$CONFIG_JSON" "$boot"); return
      fi
    fi
    tried=$boot; reasons="$boot: $REASON"
    ;;
  esac
  gz=/proc/config.gz
  if open_check $gz; then
    size=$(wc -c <"$HP")
    if [ "$size" -gt $CONFIG_MAX ]; then REASON="too large: $size bytes > limit $CONFIG_MAX"
    elif ! command -v gzip >/dev/null 2>&1; then REASON='gzip not found'
    else
      { gzip -dc <"$HP" 2>/dev/null; echo $? >"$TMP/gzip.rc"; } | head -c $((CONFIG_MAX + 1)) >"$TMP/config.txt"
      rc=$(cat "$TMP/gzip.rc")
      if [ "$(wc -c <"$TMP/config.txt")" -gt $CONFIG_MAX ]; then REASON="too large: more than $CONFIG_MAX bytes uncompressed"
      elif [ "$rc" != 0 ]; then REASON="bad gzip (gzip exited with status $rc)"
      elif config_lines "$TMP/config.txt"; then CONFIG_OK=1; CONFIG_SOURCE=$gz; F_CONFIG=$(fact_ok "$CONFIG_JSON" $gz); return
      fi
    fi
  fi
  tried=${tried:+$tried, }$gz
  reasons=${reasons:+$reasons; }"$gz: $REASON"
  rm -f "$TMP/config.lines"
  F_CONFIG=$(fact_unknown "$tried" "$reasons")
}

# ---------------------------------------------------------------------------------------------------
# Kernel BTF: a walk over the type section with od, in chunks (see btf_walk); names from the string
# section, matched by offset. Keeps the members of six enums and which of the wanted functions,
# struct members and enumerators exist.

BTF_ENUMS='bpf_func_id bpf_prog_type bpf_map_type bpf_attach_type bpf_link_type bpf_cmd'
MAX_WANTED=10000
IDENT='[A-Za-z_][A-Za-z0-9_]\{0,127\}'

btf_fail() { BTF_ERROR="unreadable BTF: $1: $2"; return 1; }

u32s() { od -An -v -tu4 $OD_ENDIAN -j "$1" -N "$2" -- "$BTF_FILE"; } # offset bytes → decimal u32s

# Walks types from id 1 into $TMP/walk (awk): "M <id> <index> <name_off>" per member of an enum whose
# name_off is in ENUM_OFFS, "N <name_off>" per enum member whose name_off is in ENUMERATOR_OFFS;
# "F <name_off> <id>" per FUNC; "T <name_off> <type id>" per
# DECL_TAG on a whole type (component_idx -1); "E <id> <name_off> <at> <vlen>
# <step>" per ENUM/ENUM64, named or anonymous (<at>: where it starts in the type section; each
# member is <step> u32s, name_off first); "S <id> <name_off> <at> <vlen>" per STRUCT/UNION whose
# name_off is one of STRUCT_OFFS (" <off> <off> … "). No member is looked at here: btf_members
# reads those wanted afterwards. A record's size comes from its kind and vlen (BTF-NOTES.md); a
# kind this walk does not know stops it, as it stops the server's.
btf_walk() {
  # One od for the whole type section, one awk pass over its u32s: a record's header (3 u32s) says
  # its kind and vlen, hence how many u32s of data follow.
  od -An -v -tu4 -w1024 $OD_ENDIAN -j "$TYPE_START" -N "$TYPE_LEN" -- "$BTF_FILE" | awk -v structs="$STRUCT_OFFS" -v enums="$ENUM_OFFS" -v enumerators="$ENUMERATOR_OFFS" '
    BEGIN {
      n = split(structs, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1
      n = split(enums, a, " "); for (i = 1; i <= n; i++) wantEnum[a[i]] = 1
      n = split(enumerators, a, " "); for (i = 1; i <= n; i++) wantEnumerator[a[i]] = 1
      id = 1; pos = 0; w = 0; d = 0
    }
    {
      for (i = 1; i <= NF; i++) {
        v = $i
        if (pos < 3) {
          h[pos] = v; pos++
          if (pos == 3) {
            rec = 4 * (w - 2); kind = int(h[1] / 16777216) % 32; vlen = h[1] % 65536
            if (kind == 12) { print "F " h[0] " " id; d = 0 }
            else if (kind == 2 || kind == 7 || kind == 8 || kind == 9 || kind == 10 || kind == 11 || kind == 16 || kind == 18) d = 0
            else if (kind == 13) d = 2 * vlen
            else if (kind == 4 || kind == 5) { d = 3 * vlen; if (h[0] in want) print "S " id " " h[0] " " rec " " vlen }
            else if (kind == 15) d = 3 * vlen
            else if (kind == 1 || kind == 14 || kind == 17) d = 1
            else if (kind == 3) d = 3
            else if (kind == 6) { d = 2 * vlen; step = 2; listed = h[0] in wantEnum; print "E " id " " h[0] " " rec " " vlen " 2" }
            else if (kind == 19) { d = 3 * vlen; step = 3; listed = h[0] in wantEnum; print "E " id " " h[0] " " rec " " vlen " 3" }
            else { print "! UNKNOWN_KIND type id " id " has unknown BTF kind " kind ": the blob is newer than this script or corrupt"; bad = 1; exit }
            if (d == 0) { pos = 0; id++ }
          }
        } else {
          # A decl tag on a whole type (component_idx -1): its first data u32.
          if (kind == 17 && pos == 3 && v == 4294967295) print "T " h[0] " " h[2]
          # An enum member'"'"'s name_off: "M <enum id> <index> <name_off>" for the six enums, "N <name_off>" for a wanted enumerator.
          if ((kind == 6 || kind == 19) && (pos - 3) % step == 0) {
            if (listed) print "M " id " " ((pos - 3) / step + 1) " " v
            if (v in wantEnumerator) print "N " v
          }
          pos++
          if (pos == 3 + d) { pos = 0; id++ }
        }
        w++
      }
    }
    END { if (bad) exit; if (pos != 0) print "! TRUNCATED type id " id " runs past the end of the type section"; else print "# " (id - 1) }
  ' >"$TMP/walk"
  err=$(sed -n 's/^! //p' "$TMP/walk")
  if [ -n "$err" ]; then btf_fail "${err%% *}" "${err#* }"; return 1; fi
  TYPE_COUNT=$(sed -n 's/^# //p' "$TMP/walk")
  [ -n "$TYPE_COUNT" ] || { btf_fail TRUNCATED 'the type section could not be read'; return 1; }
}

# "<at> <vlen> <step>" of an enum, struct or union (from the walk) → the name_off of each of its
# members, in order, one a line: one od for the members alone.
btf_members() {
  set -- $1
  [ "$2" -gt 0 ] || return 0
  od -An -v -tu4 $OD_ENDIAN -w$((4 * $3)) -j $((TYPE_START + $1 + 12)) -N $((4 * $2 * $3)) -- "$BTF_FILE" |
    sed -n 's/^ *\([0-9][0-9]*\).*$/\1/p'
}

# The string section as two aligned files: strings.off (start offset of each string) and
# strings.txt (the string; a newline in a name becomes \001 so lines stay aligned), joined as
# "off A name" lines in $TMP/table, sorted by offset.
btf_strings() {
  tail -c +$((STR_START + 1)) -- "$BTF_FILE" | head -c "$STR_LEN" | tr '\n\0' "$SOH\n" >"$TMP/strings.txt"
  if [ "$(printf 'a\nb\n' | grep -b b 2>/dev/null)" = 2:b ]; then
    # GNU grep: -b gives each line's byte offset, which is the string's offset (tr kept bytes 1:1).
    grep -b '' "$TMP/strings.txt" | sed 's/^\([0-9]*\):/\1 A /' >"$TMP/table"
  else
    # Elsewhere (busybox): the NULs' positions from od, one byte per line (slower, same result).
    { echo 0; od -An -v -tu1 -w1 -j "$STR_START" -N "$STR_LEN" -- "$BTF_FILE" | sed -n '/^ *0$/='; } | sed '$d' >"$TMP/strings.off"
    paste -d ' ' "$TMP/strings.off" "$TMP/strings.txt" | sed 's/^\([0-9]*\) /\1 A /' >"$TMP/table"
  fi
}

# stdin "off payload" → stdout "payload name": a sort-merge with the table. An offset inside a
# string (never made by pahole/libbpf, allowed by the format) is read directly.
btf_resolve() {
  sed 's/^\([0-9]*\) /\1 B /' | sort -k1,1n -k2,2 | sort -m -k1,1n -k2,2 - "$TMP/table" |
    sed -n -e '/^[0-9]* A /{h;d;}' -e G -e 's/^\([0-9]*\) B \([^ ]*\)\n\1 A \(.*\)$/\2 \3/p' -e t \
      -e 's/^\([0-9]*\) B \([^ ]*\)\n.*$/? \1 \2/p' >"$TMP/resolved"
  grep -v '^? ' "$TMP/resolved"
  grep '^? ' "$TMP/resolved" | while read -r _ off payload; do
    name=$(tail -c +$((STR_START + off + 1)) -- "$BTF_FILE" | head -c 4096 | tr '\n\0' "$SOH\n" | head -n 1)
    printf '%s %s\n' "$payload" "$name"
  done
}

btf_check_offsets() { # stdin: name offsets; what
  max=$(awk 'NR == 1 || $1 > m { m = $1 } END { if (NR) print m }')
  if [ -n "$max" ] && [ "$max" -ge "$STR_LEN" ]; then
    btf_fail OUT_OF_RANGE "$1: name offset $max is beyond the string section of $STR_LEN bytes"
    return 1
  fi
}

# stdin: names (identifiers, one a line) → "<off> <name>" for each offset in the string section at
# which that name is read: where a string equal to it starts, or (allowed by the format, never made
# by pahole/libbpf) inside a longer string that ends with it.
btf_offsets() {
  names=$(cat)
  [ -n "$names" ] || return 0
  # One pattern, (a|b|…)$, in a file: busybox's grep tries -f patterns one by one, and an argument
  # holding 10,000 names could be too long. The lines it keeps end with a wanted name; awk finds
  # which, at which offset (a name is an identifier, so no space inside).
  printf '%s\n' "$names" | tr '\n' '|' | sed -e 's/|*$/)$/' -e 's/^/(/' >"$TMP/names.re"
  printf '%s\n' "$names" >"$TMP/names.list"
  grep -E -f "$TMP/names.re" "$TMP/table" | awk 'NR == FNR { want[$0] = 1; next }
    { off = $1; s = substr($0, length($1) + 4); n = length(s)
      for (k = 1; k <= n; k++) { t = substr(s, k); if (t in want) print (off + k - 1) " " t } }' "$TMP/names.list" -
}

btf_parse() {
  set -- $(od -An -v -tu1 -N 4 -- "$BTF_FILE")
  [ $# -ge 2 ] || { btf_fail TRUNCATED "BTF input is $BTF_SIZE byte(s) long; the magic alone needs 2"; return 1; }
  native=$(printf '\001\000\000\000' | od -An -tu4 | tr -d ' ')
  if [ "$1 $2" = '159 235' ]; then BYTE_ORDER=little
  elif [ "$1 $2" = '235 159' ]; then BYTE_ORDER=big
  else btf_fail BAD_MAGIC "bad BTF magic bytes $1 $2 (decimal) at byte 0"; return 1
  fi
  [ "$BTF_SIZE" -ge 24 ] || { btf_fail TRUNCATED "BTF header truncated: input is $BTF_SIZE bytes, the header needs at least 24"; return 1; }
  [ "$3" = 1 ] || { btf_fail BAD_VERSION "unsupported BTF version $3 at byte 2 (expected 1)"; return 1; }
  [ "$4" = 0 ] || { btf_fail BAD_HEADER "unsupported BTF header flags $4 at byte 3 (expected 0)"; return 1; }
  OD_ENDIAN=
  if { [ "$native" = 1 ] && [ $BYTE_ORDER = big ]; } || { [ "$native" != 1 ] && [ $BYTE_ORDER = little ]; }; then
    OD_ENDIAN=--endian=$BYTE_ORDER
    od $OD_ENDIAN -An -tu4 -N 4 -- "$BTF_FILE" >/dev/null 2>&1 ||
      { BTF_ERROR="$BYTE_ORDER-endian BTF on a host of the other byte order, and this od has no --endian"; return 1; }
  fi
  set -- $(u32s 4 20)
  HDR_LEN=$1
  [ "$HDR_LEN" -ge 24 ] || { btf_fail BAD_HEADER "BTF hdr_len $HDR_LEN at byte 4 is shorter than the 24 bytes of its fields"; return 1; }
  [ "$HDR_LEN" -le "$BTF_SIZE" ] || { btf_fail TRUNCATED "BTF hdr_len $HDR_LEN at byte 4 runs past the end of the input ($BTF_SIZE bytes)"; return 1; }
  TYPE_START=$((HDR_LEN + $2)); TYPE_LEN=$3; STR_START=$((HDR_LEN + $4)); STR_LEN=$5
  [ $((TYPE_START + TYPE_LEN)) -le "$BTF_SIZE" ] || { btf_fail OUT_OF_RANGE "BTF type section runs past the end of the input ($BTF_SIZE bytes)"; return 1; }
  [ $((STR_START + STR_LEN)) -le "$BTF_SIZE" ] || { btf_fail OUT_OF_RANGE "BTF string section runs past the end of the input ($BTF_SIZE bytes)"; return 1; }
  if [ "$TYPE_LEN" -gt 0 ] && [ "$STR_LEN" -gt 0 ] && [ $TYPE_START -lt $((STR_START + STR_LEN)) ] && [ $STR_START -lt $((TYPE_START + TYPE_LEN)) ]; then
    btf_fail OUT_OF_RANGE 'BTF type section overlaps the string section'; return 1
  fi
  [ "$STR_LEN" -gt 0 ] || { btf_fail BAD_STRING 'BTF string section is empty; it must at least hold the empty string at offset 0'; return 1; }
  set -- $(od -An -v -tu1 -j $STR_START -N 1 -- "$BTF_FILE") $(od -An -v -tu1 -j $((STR_START + STR_LEN - 1)) -N 1 -- "$BTF_FILE")
  [ "$1" = 0 ] || { btf_fail NEEDS_BASE 'BTF string section does not start with the empty string: this looks like split BTF (a module'"'"'s)'; return 1; }
  [ "$2" = 0 ] || { btf_fail BAD_STRING 'BTF string section does not end with NUL: its last string is unterminated'; return 1; }
  [ $((TYPE_LEN % 4)) = 0 ] || { btf_fail TRUNCATED "the type section's $TYPE_LEN bytes are not whole types"; return 1; }

  btf_strings
  # The wanted names as the server normalizes them: valid, unique, sorted, at most 10,000 of each.
  printf '%s\n' $WANTED_FUNCTIONS_ALL | grep -x "$IDENT" | sort -u | head -n $MAX_WANTED >"$TMP/wanted"
  printf '%s\n' $WANTED_MEMBERS_ALL | grep -x "$IDENT\\.$IDENT" | sort -u | head -n $MAX_WANTED >"$TMP/members.wanted"
  printf '%s\n' $WANTED_ENUMERATORS_ALL | grep -x "$IDENT" | sort -u | head -n $MAX_WANTED >"$TMP/enumerators.wanted"
  # The walk knows the structs of wanted members by their names' offsets.
  sed 's/\..*$//' "$TMP/members.wanted" | uniq | btf_offsets >"$TMP/struct.offs"
  STRUCT_OFFS=" $(cut -d ' ' -f 1 "$TMP/struct.offs" | tr '\n' ' ')"
  # …and the six enums and the wanted enumerators by their names' offsets too: it lists the members
  # of those enums, and any enum member named as a wanted enumerator.
  printf '%s\n' $BTF_ENUMS | btf_offsets >"$TMP/enum.offs"
  btf_offsets <"$TMP/enumerators.wanted" >"$TMP/enumerator.offs"
  ENUM_OFFS=" $(cut -d ' ' -f 1 "$TMP/enum.offs" | tr '\n' ' ')"
  ENUMERATOR_OFFS=" $(cut -d ' ' -f 1 "$TMP/enumerator.offs" | tr '\n' ' ')"

  btf_walk || return 1
  sed -n 's/^F \([0-9]*\) .*$/\1/p' "$TMP/walk" | btf_check_offsets 'function name' || return 1
  sed -n 's/^E [0-9]* \([1-9][0-9]*\) .*$/\1/p' "$TMP/walk" | btf_check_offsets 'enum name' || return 1

  # Enums: the ids of those named in BTF_ENUMS, then their members' names in BTF order.
  awk 'NR == FNR { name[$1] = $2; next } $1 == "E" && ($3 in name) { print $2 " " name[$3] }' "$TMP/enum.offs" "$TMP/walk" |
    sort -n >"$TMP/enum.names"
  : >"$TMP/enum.wanted"
  for e in $BTF_ENUMS; do grep " $e\$" "$TMP/enum.names" >>"$TMP/enum.wanted"; done
  grep '^E ' "$TMP/walk" >"$TMP/walk.enums"
  sed -n 's/^M \([0-9]*\) \([0-9]*\) \([0-9]*\)$/\3 \1:\2/p' "$TMP/walk" >"$TMP/members.q" # "<name_off> <id>:<index>"
  cut -d ' ' -f 1 "$TMP/members.q" | btf_check_offsets 'enum member name' || return 1
  btf_resolve <"$TMP/members.q" | sed 's/:/ /' | sort -k1,1n -k2,2n >"$TMP/members"
  ENUMS_JSON=; sep=
  for e in $BTF_ENUMS; do
    ids=$(grep " $e\$" "$TMP/enum.wanted" | cut -d ' ' -f 1)
    [ -n "$ids" ] || continue
    first=1
    : >"$TMP/enum.members"
    for eid in $ids; do
      if [ -n "$first" ]; then
        sed -n "s/^$eid [0-9]* //p" "$TMP/members" >"$TMP/enum.members"; first=
      else # a second enum of the same name: merged, without repeats
        sed -n "s/^$eid [0-9]* //p" "$TMP/members" | while IFS= read -r mem; do
          grep -q -x -F -e "$mem" "$TMP/enum.members" || printf '%s\n' "$mem" >>"$TMP/enum.members"
        done
      fi
    done
    ENUMS_JSON="$ENUMS_JSON$sep\"$e\":$(json_lines <"$TMP/enum.members")"; sep=,
  done

  # Functions: the wanted names that are FUNC types.
  # Functions: the wanted names read at the name offset of some FUNC (only those names are looked up).
  btf_offsets <"$TMP/wanted" >"$TMP/wanted.offs"
  awk 'NR == FNR { name[$1] = $2; next } $1 == "F" && ($2 in name) { print name[$2] }' "$TMP/wanted.offs" "$TMP/walk" | sort -u >"$TMP/found"

  # kfuncs as the kernel declares them: FUNCs with a decl tag named bpf_kfunc.
  sed -n 's/^T //p' "$TMP/walk" | btf_resolve | sed -n 's/^\([0-9]*\) bpf_kfunc$/\1/p' >"$TMP/kfunc.tags"
  KFUNC_TAGS=$(wc -l <"$TMP/kfunc.tags" | tr -d ' ')
  # The wanted names among the tagged FUNCs: by the FUNCs' ids, then their names' offsets.
  awk 'FILENAME == ARGV[1] { tagged[$1] = 1; next } FILENAME == ARGV[2] { name[$1] = $2; next }
    $1 == "F" && ($3 in tagged) && ($2 in name) { print name[$2] }' "$TMP/kfunc.tags" "$TMP/wanted.offs" "$TMP/walk" | sort -u >"$TMP/kfuncs.found"

  # Members: those of the structs and unions the walk found (anonymous members have name_off 0),
  # named by the offsets of the wanted members' names (a sed script: s/^<off> \(.*\)$/\1.<name>/p).
  sed -n 's/^S [0-9]* //p' "$TMP/walk" | while read -r soff at vlen; do
    struct=$(sed -n "s/^$soff //p" "$TMP/struct.offs")
    btf_members "$at $vlen 3" | sed -n "s/^\([1-9][0-9]*\)\$/\1 $struct/p"
  done >"$TMP/smembers.q" # "<name_off> <struct>"
  cut -d ' ' -f 1 "$TMP/smembers.q" | btf_check_offsets 'struct member name' || return 1
  sed 's/^.*\.//' "$TMP/members.wanted" | sort -u | btf_offsets |
    sed 's/^\([0-9]*\) \(.*\)$/s\/^\1 \\(.*\\)$\/\\1.\2\/p/' >"$TMP/members.sed"
  sed -n -f "$TMP/members.sed" "$TMP/smembers.q" | sort -u >"$TMP/smembers"
  sort "$TMP/smembers" "$TMP/members.wanted" | uniq -d >"$TMP/members.found"

  # Enumerators, of any enum: the members the walk saw named as a wanted enumerator.
  awk 'NR == FNR { name[$1] = $2; next } $1 == "N" && ($2 in name) { print name[$2] }' "$TMP/enumerator.offs" "$TMP/walk" |
    sort -u >"$TMP/enumerators.found"

  BTF_JSON="{\"present\":true,\"size\":$BTF_SIZE,\"byteOrder\":\"$BYTE_ORDER\",\"typeCount\":$TYPE_COUNT,\"enums\":{$ENUMS_JSON}"
  BTF_JSON="$BTF_JSON,\"functionsChecked\":$(json_lines <"$TMP/wanted"),\"functions\":$(json_lines <"$TMP/found")"
  BTF_JSON="$BTF_JSON,\"membersChecked\":$(json_lines <"$TMP/members.wanted"),\"members\":$(json_lines <"$TMP/members.found")"
  BTF_JSON="$BTF_JSON,\"enumeratorsChecked\":$(json_lines <"$TMP/enumerators.wanted"),\"enumerators\":$(json_lines <"$TMP/enumerators.found")"
  BTF_JSON="$BTF_JSON,\"kfuncTagCount\":$KFUNC_TAGS,\"kfuncsTagged\":$(json_lines <"$TMP/kfuncs.found")}"
}

collect_btf() {
  src=/sys/kernel/btf/vmlinux
  if ! open_check $src; then
    # With sysfs there and no vmlinux, the kernel has no BTF (built without it, or before 5.4).
    if [ "$REASON" = ENOENT ] && populated /sys/kernel; then F_BTF=$(fact_ok '{"present":false}' $src ENOENT); return; fi
    [ "$REASON" = ENOENT ] && REASON='sysfs not mounted'
    F_BTF=$(fact_unknown $src "$REASON"); return
  fi
  if [ -z "$TMP" ]; then F_BTF=$(fact_unknown $src "$TMP_REASON"); return; fi
  BTF_FILE=$HP
  BTF_SIZE=$(wc -c <"$BTF_FILE")
  if [ "$BTF_SIZE" -gt $BTF_MAX ]; then F_BTF=$(fact_unknown $src "too large: $BTF_SIZE bytes > limit $BTF_MAX"); return; fi
  [ -t 2 ] && echo 'collect-host-facts.sh: reading the kernel BTF (a few seconds)…' >&2
  BTF_ERROR=
  if btf_parse; then F_BTF=$(fact_ok "$BTF_JSON" $src); else F_BTF=$(fact_unknown $src "$BTF_ERROR"); fi
}

collect_btf_modules() {
  src=/sys/kernel/btf/
  hp /sys/kernel/btf
  file_type "$HP"
  if [ "$FTYPE" = directory ]; then
    if names=$(ls -A -- "$HP" 2>/dev/null); then
      F_BTF_MODULES=$(fact_ok "$(printf '%s\n' "$names" | grep -v -x vmlinux | sort | head -n 10000 | json_lines)" $src)
      return
    fi
    REASON=EACCES
  elif [ -z "$FTYPE" ]; then
    REASON=$ERRNO
    if [ "$REASON" = ENOENT ] && populated /sys/kernel; then F_BTF_MODULES=$(fact_ok '[]' $src ENOENT); return; fi
    [ "$REASON" = ENOENT ] && REASON='sysfs not mounted'
  else
    REASON='not a directory'
  fi
  F_BTF_MODULES=$(fact_unknown $src "$REASON")
}

# ---------------------------------------------------------------------------------------------------
# LSMs and lockdown

lsm_list() { # comma-separated → LSMS (one per line, valid names only)
  LSMS=$(printf '%s\n' "$1" | tr ',' '\n' | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' | grep -x '[a-z][a-z0-9_]\{0,31\}')
}

security_reason() { # REASON → REASON, "securityfs not mounted" for ENOENT under an empty securityfs
  if [ "$REASON" = ENOENT ] && ! populated /sys/kernel/security; then REASON='securityfs not mounted'; fi
}

lsm_built() { # name: is it built in (per the kernel config)? Unknown names are.
  case $1 in
  selinux) o=CONFIG_SECURITY_SELINUX ;; apparmor) o=CONFIG_SECURITY_APPARMOR ;; smack) o=CONFIG_SECURITY_SMACK ;;
  tomoyo) o=CONFIG_SECURITY_TOMOYO ;; yama) o=CONFIG_SECURITY_YAMA ;; loadpin) o=CONFIG_SECURITY_LOADPIN ;;
  safesetid) o=CONFIG_SECURITY_SAFESETID ;; lockdown) o=CONFIG_SECURITY_LOCKDOWN_LSM ;; landlock) o=CONFIG_SECURITY_LANDLOCK ;;
  integrity) o=CONFIG_INTEGRITY ;; ima) o=CONFIG_IMA ;; evm) o=CONFIG_EVM ;; ipe) o=CONFIG_SECURITY_IPE ;; bpf) o=CONFIG_BPF_LSM ;;
  *) return 0 ;;
  esac
  config_value $o && [ "$CV" != n ]
}

collect_lsm() {
  lsm=/sys/kernel/security/lsm
  if read_text $lsm $SMALL; then
    trim "$TEXT"; lsm_list "$TRIMMED"
    F_LSM=$(fact_ok "{\"active\":$(printf '%s\n' "$LSMS" | json_lines)}" $lsm); return
  fi
  security_reason; first=$REASON
  if read_text /proc/cmdline $SMALL; then
    # Only lsm= and security= are looked at (the last of each, before a bare --); the rest of the
    # command line can hold secrets and never leaves this function.
    c_lsm=; c_has_lsm=; c_sec=
    for word in $TEXT; do
      case $word in
      --) break ;;
      lsm=*) c_has_lsm=1; c_lsm=${word#lsm=} ;;
      security=*) c_sec=${word#security=} ;;
      esac
    done
    c_lsm=${c_lsm#\"}; c_lsm=${c_lsm%\"}; c_sec=${c_sec#\"}; c_sec=${c_sec%\"}
    if [ -n "$c_has_lsm" ]; then
      lsm_list "$c_lsm"
      F_LSM=$(fact_ok "{\"active\":$(printf '%s\n' "$LSMS" | json_lines)}" '/proc/cmdline (lsm=)' "$lsm: $first"); return
    elif [ -n "$c_sec" ]; then
      second="security=$(printf '%.32s' "$c_sec") on the kernel command line"
    elif [ -n "$CONFIG_OK" ] && config_value CONFIG_LSM; then
      lsm_list "$CV"
      active=capability
      for l in $LSMS; do [ "$l" != capability ] && lsm_built "$l" && active="$active
$l"; done
      F_LSM=$(fact_ok "{\"active\":$(printf '%s\n' "$active" | json_lines)}" "CONFIG_LSM ($CONFIG_SOURCE)" "$lsm: $first; no lsm= or security= on /proc/cmdline")
      return
    elif [ -n "$CONFIG_OK" ]; then second='no lsm= on the kernel command line; no CONFIG_LSM'
    else second='no lsm= on the kernel command line; kernel config unknown'
    fi
  else
    second="/proc/cmdline: $REASON"
  fi
  F_LSM=$(fact_unknown "$lsm, /proc/cmdline" "$first; $second")
}

collect_lockdown() {
  src=/sys/kernel/security/lockdown
  if read_text $src $SMALL; then
    current=; available=
    for word in $TEXT; do
      case $word in
      \[?*\]) [ -z "$current" ] && current=${word#\[} && current=${current%\]} ;;
      esac
      word=${word#\[}; word=${word%\]}
      available="$available$word
"
    done
    if [ -n "$current" ]; then
      F_LOCKDOWN=$(fact_ok "{\"current\":$(json_str "$current"),\"available\":$(printf '%s' "$available" | json_lines)}" $src); return
    fi
    REASON='no [current] mode in lockdown'
  else
    security_reason
  fi
  F_LOCKDOWN=$(fact_unknown $src "$REASON")
}

# ---------------------------------------------------------------------------------------------------
# Sysctls, paths, cgroups, this process's capabilities and memlock limit, iproute2

collect_sysctls() {
  names=$(printf '%s\n' kernel.unprivileged_bpf_disabled net.core.bpf_jit_enable net.core.bpf_jit_harden net.core.busy_poll net.core.busy_read \
    $(printf '%s\n' $WANTED_SYSCTLS_ALL | grep -E -x '[a-z][a-z0-9_]*(\.[a-z0-9_]+)+' | head -n 256) | uniq_lines)
  populated /proc/sys && procsys=1 || procsys=
  F_SYSCTLS=; sep=
  for name in $names; do
    path=/proc/sys/$(printf '%s' "$name" | tr . /)
    if [ -z "$procsys" ]; then f=$(fact_unknown "$path" 'procfs not mounted')
    elif read_text "$path" $SMALL; then trim "$TEXT"; f=$(fact_ok "$(json_str "$TRIMMED")" "$path")
    else f=$(fact_unknown "$path" "$REASON")
    fi
    F_SYSCTLS="$F_SYSCTLS$sep\"$name\":$f"; sep=,
  done
  F_SYSCTLS="{$F_SYSCTLS}"
}

uniq_lines() { # stdin lines → first occurrence of each, in order
  seen="
"
  while IFS= read -r l; do
    case $seen in *"
$l
"*) continue ;; esac
    seen="$seen$l
"
    printf '%s\n' "$l"
  done
}

collect_paths() {
  paths=$(printf '%s\n' $WANTED_PATHS_ALL | grep -E -x '/(sys|proc)(/[A-Za-z0-9_.:-]+)*/?' | grep -v -E '/\.\.(/|$)' | uniq_lines | head -n 256)
  populated /sys && sys_ok=1 || sys_ok=
  populated /proc && proc_ok=1 || proc_ok=
  F_PATHS=; sep=
  for path in $paths; do
    case $path in
    /sys*) ok=$sys_ok; fs=sysfs ;;
    *) ok=$proc_ok; fs=procfs ;;
    esac
    if [ -z "$ok" ]; then f=$(fact_unknown "$path" "$fs not mounted")
    else
      hp "$path"; file_type "$HP"
      case $FTYPE in
      '') f=$(fact_unknown "$path" "$ERRNO") ;;
      file | directory) f=$(fact_ok "{\"type\":\"$FTYPE\"}" "$path") ;;
      *) f=$(fact_ok '{"type":"other"}' "$path") ;;
      esac
    fi
    F_PATHS="$F_PATHS$sep$(json_str "$path"):$f"; sep=,
  done
  F_PATHS="{$F_PATHS}"
}

collect_cgroup() {
  src=/proc/self/mountinfo
  if read_text $src $MOUNTINFO_MAX; then
    if [ -z "$(printf '%s\n' "$TEXT" | grep -v '^[[:space:]]*$' | head -n 1)" ]; then F_CGROUP=$(fact_unknown $src 'empty mountinfo'); return; fi
    # id parent maj:min root mountpoint options [optional fields] - fstype source options
    sep_re='^[^ ]* [^ ]* [^ ]* [^ ]* \([^ ]*\) [^ ]*\( [^ -][^ ]*\)* - '
    points=$(printf '%s\n' "$TEXT" | sed -n "s/${sep_re}cgroup2\( .*\)\{0,1\}\$/\1/p" |
      sed -e 's/"/\\"/g' -e 's/\\040/ /g' -e 's/\\011/\\t/g' -e 's/\\012/\\n/g' -e 's/\\134/\\\\/g' -e 's/^/"/' -e 's/$/"/' |
      { sep=; while IFS= read -r l; do printf '%s%s' "$sep" "$l"; sep=,; done; })
    v1=$(printf '%s\n' "$TEXT" | grep -c "${sep_re}cgroup\( .*\)\{0,1\}\$")
    if [ -n "$points" ]; then [ "$v1" -gt 0 ] && mode=hybrid || mode=unified
    else [ "$v1" -gt 0 ] && mode=legacy || mode=none
    fi
    F_CGROUP=$(fact_ok "{\"mode\":\"$mode\",\"cgroup2MountPoints\":[$points]}" $src)
  else
    F_CGROUP=$(fact_unknown $src "$REASON")
  fi
}

collect_capabilities() {
  src=/proc/self/status
  if read_text $src $SMALL; then
    hex=$(printf '%s\n' "$TEXT" | sed -n 's/^CapEff:[[:space:]]*\([0-9a-fA-F]\{1,32\}\)[[:space:]]*$/\1/p' | head -n 1 | tr 'A-F' 'a-f')
    if [ -n "$hex" ]; then
      low=$hex; [ ${#low} -gt 11 ] && low=${hex#"${hex%???????????}"} # bits 0–43 hold every bit asked about
      bit() { [ $(((0x$low >> $1) & 1)) = 1 ] && echo true || echo false; }
      F_CAPS=$(fact_ok "{\"effective\":\"$hex\",\"CAP_BPF\":$(bit 39),\"CAP_PERFMON\":$(bit 38),\"CAP_SYS_ADMIN\":$(bit 21),\"CAP_NET_ADMIN\":$(bit 12)}" $src)
      return
    fi
    REASON='no CapEff line in status'
  fi
  F_CAPS=$(fact_unknown $src "$REASON")
}

collect_memlock() {
  src=/proc/self/limits
  if read_text $src $SMALL; then
    set -- $(printf '%s\n' "$TEXT" | sed -n 's/^Max locked memory[[:space:]]//p' | head -n 1)
    limit() { case $1 in unlimited) echo '"unlimited"' ;; '' | *[!0-9]*) return 1 ;; *) printf '%s\n' "$1" | sed 's/^0*\([0-9]\)/\1/' ;; esac; }
    if [ $# -ge 2 ] && [ $# -le 3 ] && soft=$(limit "$1") && hard=$(limit "$2"); then
      F_MEMLOCK=$(fact_ok "{\"soft\":$soft,\"hard\":$hard}" $src); return
    fi
    REASON='no "Max locked memory" line in limits'
  fi
  F_MEMLOCK=$(fact_unknown $src "$REASON")
}

collect_iproute2() {
  if [ "$ROOT" != / ]; then F_IPROUTE2=$(fact_unknown 'ip -V' "not run: HOST_ROOT is not / (the host's ip cannot run here)"); return; fi
  ip=
  for candidate in /usr/sbin/ip /sbin/ip /usr/bin/ip /bin/ip; do [ -f "$candidate" ] && ip=$candidate && break; done
  if [ -z "$ip" ]; then F_IPROUTE2=$(fact_unknown 'ip -V' 'ENOENT: no ip in /usr/sbin/ip, /sbin/ip, /usr/bin/ip, /bin/ip'); return; fi
  if command -v timeout >/dev/null 2>&1; then out=$(timeout 2 "$ip" -V 2>/dev/null); else out=$("$ip" -V 2>/dev/null); fi
  rc=$?
  if [ $rc != 0 ]; then F_IPROUTE2=$(fact_unknown "$ip -V" "exited with status $rc"); return; fi
  version=$(printf '%s\n' "$out" | sed -n -e 's/^.*iproute2-v\{0,1\}\(ss[0-9][0-9]*\).*$/\1/p' \
    -e 's/^.*iproute2-v\{0,1\}\([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*$/\1/p' | head -n 1)
  libbpf=$(printf '%s\n' "$out" | sed -n 's/^.*libbpf[[:space:]]\{1,\}v\{0,1\}\([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*$/\1/p' | head -n 1)
  if [ -z "$version" ]; then F_IPROUTE2=$(fact_unknown "$ip -V" 'no iproute2 version in `ip -V` output'); return; fi
  [ -n "$libbpf" ] && libbpf=$(json_str "$libbpf") || libbpf=null
  F_IPROUTE2=$(fact_ok "{\"version\":$(json_str "$version"),\"libbpf\":$libbpf}" "$ip -V")
}

# ---------------------------------------------------------------------------------------------------

TMP=; TMP_REASON=
for dir in "${TMPDIR:-/tmp}" /tmp /var/tmp /dev/shm; do
  TMP=$(mktemp -d "$dir/ebpf-digest-report.XXXXXX" 2>/dev/null) && break
  TMP=
done
[ -n "$TMP" ] || TMP_REASON='no writable temporary directory (set TMPDIR)'
cleanup() { [ -n "$TMP" ] && rm -rf -- "$TMP"; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

WANTED_FUNCTIONS_ALL="$WANTED_FUNCTIONS ${EBPF_DIGEST_EXTRA_FUNCTIONS-}"
WANTED_MEMBERS_ALL="$WANTED_MEMBERS ${EBPF_DIGEST_EXTRA_MEMBERS-}"
WANTED_ENUMERATORS_ALL="$WANTED_ENUMERATORS ${EBPF_DIGEST_EXTRA_ENUMERATORS-}"
WANTED_PATHS_ALL="$WANTED_PATHS ${EBPF_DIGEST_EXTRA_PATHS-}"
WANTED_SYSCTLS_ALL="$WANTED_SYSCTLS ${EBPF_DIGEST_EXTRA_SYSCTLS-}"

collect_release
collect_arch
collect_distro
collect_config
collect_btf
collect_btf_modules
collect_lsm
collect_lockdown
collect_sysctls
collect_paths
collect_cgroup
collect_capabilities
collect_memlock
collect_iproute2

printf '{"schemaVersion":%s,"collector":{"name":"collect-host-facts.sh","version":"%s"},"collectedAt":"%s","facts":{' \
  $SCHEMA_VERSION $COLLECTOR_VERSION "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
printf '"kernelRelease":%s,"distro":%s,"architecture":%s,"kernelConfig":%s,"btf":%s,"btfModules":%s,' \
  "$F_RELEASE" "$F_DISTRO" "$F_ARCH" "$F_CONFIG" "$F_BTF" "$F_BTF_MODULES"
printf '"lsm":%s,"lockdown":%s,"sysctls":%s,"paths":%s,"cgroup":%s,"capabilities":%s,"memlock":%s,"iproute2":%s}}\n' \
  "$F_LSM" "$F_LOCKDOWN" "$F_SYSCTLS" "$F_PATHS" "$F_CGROUP" "$F_CAPS" "$F_MEMLOCK" "$F_IPROUTE2"
